list(APPEND HL_MODEL_SOURCES
  storage/statement.h storage/statement.cpp
  storage/jsontext.h
  storage/exchangerecord.h
  storage/exchangeblock.h storage/exchangeblock.cpp
  storage/exchangestable.h storage/exchangestable.cpp
  storage/schema.h storage/schema.cpp
  storage/casefile.h storage/casefile.cpp
  storage/caseinfo.h storage/caseinfo.cpp
  storage/adhocquery.h storage/adhocquery.cpp
  storage/traffic.h storage/traffic.cpp
  storage/analysisdata.h storage/analysisdata.cpp
  storage/analysisstore.h storage/analysisstore.cpp
  storage/campaigndata.h storage/campaigndata.cpp
)
list(APPEND HL_MODEL_SOURCES storage/timelinedata.h storage/timelinedata.cpp)
list(APPEND HL_MODEL_SOURCES storage/graphstore.h storage/graphstore.cpp)
list(APPEND HL_MODEL_SOURCES storage/nodedetails.h storage/nodedetails.cpp)
list(APPEND HL_MODEL_SOURCES storage/layoutstore.h storage/layoutstore.cpp)
list(APPEND HL_MODEL_SOURCES storage/labelstore.h storage/labelstore.cpp)
list(APPEND HL_MODEL_SOURCES storage/trainingstore.h storage/trainingstore.cpp)
list(APPEND HL_MODEL_SOURCES storage/trainingdata.h storage/trainingdata.cpp)
list(APPEND HL_MODEL_SOURCES storage/metavalue.h storage/metavalue.cpp)
list(APPEND HL_MODEL_SOURCES storage/accountjoinkeys.h storage/accountjoinkeys.cpp)
list(APPEND HL_MODEL_SOURCES storage/labelsnapshot.h storage/labelsnapshot.cpp)
list(APPEND HL_MODEL_SOURCES storage/exportdata.h storage/exportdata.cpp)
list(APPEND HL_MODEL_SOURCES storage/stixdata.h storage/stixdata.cpp)
list(APPEND HL_MODEL_SOURCES storage/partnerstore.h storage/partnerstore.cpp)
