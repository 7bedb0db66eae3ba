list(APPEND HL_MODEL_SOURCES
  graph/graphdata.h graph/graphdata.cpp
)
list(APPEND HL_MODEL_SOURCES
  graph/graphmodel.h graph/graphmodel.cpp
)
