list(APPEND HL_MODEL_SOURCES
  analysis/iplocation.h analysis/iplocation.cpp
  analysis/pivots.h analysis/pivots.cpp
  analysis/infragraph.h analysis/infragraph.cpp
  analysis/clusterids.h analysis/clusterids.cpp
  analysis/features.h analysis/features.cpp
  analysis/risk.h analysis/risk.cpp
  analysis/analysis.h analysis/analysis.cpp
  analysis/explanation.h analysis/explanation.cpp
  analysis/agreement.h analysis/agreement.cpp
)
