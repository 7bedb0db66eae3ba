list(APPEND HL_MODEL_SOURCES
  graph/graphdata.h graph/graphdata.cpp
)
