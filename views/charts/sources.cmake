# Exported charts and the briefing's drawing helpers (issue 6). The timeline's QtCharts code
# stays in timeline/ (TimelinePicture); these charts are painted with QPainter alone.
list(APPEND HL_VIEWS_SOURCES
  charts/chartstyle.h charts/chartstyle.cpp
  charts/riskchart.h charts/riskchart.cpp
  charts/pivotchart.h charts/pivotchart.cpp
  charts/pdfdeterminism.h charts/pdfdeterminism.cpp
  charts/chartwriter.h charts/chartwriter.cpp
  charts/chartrenderer.h charts/chartrenderer.cpp
)
list(APPEND HL_VIEWS_SOURCES charts/chartexportdialog.h charts/chartexportdialog.cpp)
