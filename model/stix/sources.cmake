list(APPEND HL_MODEL_SOURCES
  stix/stixids.h stix/stixids.cpp
  stix/stixjson.h stix/stixjson.cpp
  stix/stixpattern.h stix/stixpattern.cpp
  stix/bundlebuilder.h stix/bundlebuilder.cpp
  stix/stixexport.h stix/stixexport.cpp
  stix/stiximport.h stix/stiximport.cpp)
