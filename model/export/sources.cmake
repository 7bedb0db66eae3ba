list(APPEND HL_MODEL_SOURCES
  export/redactor.h export/redactor.cpp)
list(APPEND HL_MODEL_SOURCES
  export/graphdocument.h export/graphdocument.cpp
  export/graphattributes.h export/graphattributes.cpp
  export/graphformats.h export/graphformats.cpp export/graphxml.cpp
  export/casegraph.h export/casegraph.cpp)
