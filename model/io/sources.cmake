list(APPEND HL_MODEL_SOURCES
  io/bytesource.h io/bytesource.cpp
  io/charscan.h
  io/utf8.h io/utf8.cpp
  io/recordreader.h io/recordreader.cpp
  io/csvreader.h io/csvreader.cpp
  io/jsoncursor.h io/jsoncursor.cpp
  io/jsonlreader.h io/jsonlreader.cpp)
