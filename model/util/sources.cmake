list(APPEND HL_MODEL_SOURCES
  util/timeparse.h util/timeparse.cpp
  util/values.h util/values.cpp
  util/stringidmap.h util/stringidmap.cpp
  util/username.h util/username.cpp
  util/sha256.h util/sha256.cpp)
list(APPEND HL_MODEL_SOURCES util/ipnetwork.h util/ipnetwork.cpp)
