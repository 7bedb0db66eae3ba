list(APPEND HL_MODEL_SOURCES
  analysis/infragraph.h analysis/infragraph.cpp
  analysis/clusterids.h analysis/clusterids.cpp
)
