# The briefing PDF (issue 6): one painter per kind of page, the writer that lays them out.
list(APPEND HL_VIEWS_SOURCES
  briefing/pagetext.h briefing/pagetext.cpp
  briefing/briefingcover.h briefing/briefingcover.cpp
  briefing/campaigntable.h briefing/campaigntable.cpp
  briefing/campaignpage.h briefing/campaignpage.cpp
  briefing/labelstatuspage.h briefing/labelstatuspage.cpp
  briefing/briefingwriter.h briefing/briefingwriter.cpp
)
list(APPEND HL_VIEWS_SOURCES briefing/briefingexportdialog.h briefing/briefingexportdialog.cpp)
