list(APPEND HL_MODEL_SOURCES
  export/redactor.h export/redactor.cpp)
list(APPEND HL_MODEL_SOURCES
  export/graphdocument.h export/graphdocument.cpp
  export/graphattributes.h export/graphattributes.cpp
  export/graphformats.h export/graphformats.cpp export/graphxml.cpp
  export/casegraph.h export/casegraph.cpp)
list(APPEND HL_MODEL_SOURCES
  export/textscrubber.h export/textscrubber.cpp
  export/datastamp.h export/datastamp.cpp
  export/chartdata.h export/chartdata.cpp
  export/chartgraph.h export/chartgraph.cpp)
list(APPEND HL_MODEL_SOURCES export/chartsource.h export/chartsource.cpp)
list(APPEND HL_MODEL_SOURCES export/briefingdata.h export/briefingdata.cpp)
list(APPEND HL_MODEL_SOURCES export/briefingsidecar.h export/briefingsidecar.cpp)
