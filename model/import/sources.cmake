list(APPEND HL_MODEL_SOURCES
  import/tablespec.h import/tablespec.cpp
  import/exportlayout.h import/exportlayout.cpp
  import/errorlog.h import/errorlog.cpp
  import/dictionary.h import/dictionary.cpp
  import/exchangewriter.h import/exchangewriter.cpp
  import/exchangepipeline.h import/exchangepipeline.cpp
  import/importsession.h import/importsession.cpp
  import/tableloaders.cpp
  import/exchangeloader.cpp
  import/importer.h import/importer.cpp
)
