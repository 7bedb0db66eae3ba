list(APPEND HL_MODEL_SOURCES
  storage/statement.h storage/statement.cpp
  storage/schema.h storage/schema.cpp
  storage/casefile.h storage/casefile.cpp
  storage/caseinfo.h storage/caseinfo.cpp
)
