list(APPEND HL_MODEL_SOURCES
  graph/graphdata.h graph/graphdata.cpp
)
list(APPEND HL_MODEL_SOURCES
  graph/graphmodel.h graph/graphmodel.cpp
)
list(APPEND HL_MODEL_SOURCES
  graph/graphlayout.h graph/graphlayout.cpp
  graph/graphvizrun.h graph/graphvizrun.cpp
)
list(APPEND HL_MODEL_SOURCES graph/graphjob.h graph/graphjob.cpp)
list(APPEND HL_MODEL_SOURCES graph/graphlabels.h graph/graphlabels.cpp)
