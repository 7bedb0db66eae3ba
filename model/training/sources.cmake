list(APPEND HL_MODEL_SOURCES
  training/metrics.h training/metrics.cpp
  training/logistic.h training/logistic.cpp
  training/reviewqueue.h training/reviewqueue.cpp
  training/groupsplit.h training/groupsplit.cpp
  training/featureobject.h training/featureobject.cpp
  training/featuretables.h training/featuretables.cpp
  training/trainingset.h training/trainingset.cpp
  training/trainingsplit.h training/trainingsplit.cpp
  training/trainingrows.h training/trainingrows.cpp
  training/trainingmanifest.h training/trainingmanifest.cpp
  training/trainingexport.h training/trainingexport.cpp
  training/retrainedrisk.h training/retrainedrisk.cpp
  training/training.h training/training.cpp
)
