list(APPEND HL_VIEWS_SOURCES
  timeline/timebuckets.h timeline/timebuckets.cpp
  timeline/timeaxis.h timeline/timeaxis.cpp
  timeline/timelinemodel.h timeline/timelinemodel.cpp
  timeline/timelineoverlay.h timeline/timelineoverlay.cpp
  timeline/timelinechart.h timeline/timelinechart.cpp
  timeline/timelinechartview.h timeline/timelinechartview.cpp
  timeline/timelineview.h timeline/timelineview.cpp
)
list(APPEND HL_VIEWS_SOURCES timeline/timelinepicture.h timeline/timelinepicture.cpp)
