list(APPEND HL_MODEL_SOURCES
  training/groupsplit.h training/groupsplit.cpp
  training/featureobject.h training/featureobject.cpp
  training/trainingset.h training/trainingset.cpp
  training/trainingrows.h training/trainingrows.cpp
  training/trainingmanifest.h training/trainingmanifest.cpp
  training/trainingexport.h training/trainingexport.cpp
)
