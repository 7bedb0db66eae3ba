list(APPEND HL_MODEL_SOURCES
  export/redactor.h export/redactor.cpp)
