list(APPEND HL_VIEWS_SOURCES
  campaigns/campaignsmodel.h campaigns/campaignsmodel.cpp
  campaigns/campaignsfilter.h campaigns/campaignsfilter.cpp
  campaigns/campaignsview.h campaigns/campaignsview.cpp
)
