list(APPEND HL_MODEL_SOURCES
  training/metrics.h training/metrics.cpp
  training/logistic.h training/logistic.cpp
  training/reviewqueue.h training/reviewqueue.cpp
)
