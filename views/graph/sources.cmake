list(APPEND HL_VIEWS_SOURCES
  graph/levelofdetail.h graph/levelofdetail.cpp
  graph/graphstyle.h graph/graphstyle.cpp
  graph/nodegrid.h graph/nodegrid.cpp
  graph/nodelayeritem.h graph/nodelayeritem.cpp
  graph/edgelayeritem.h graph/edgelayeritem.cpp
  graph/graphscene.h graph/graphscene.cpp
  graph/graphlegend.h graph/graphlegend.cpp
  graph/graphview.h graph/graphview.cpp
  graph/graphexport.h graph/graphexport.cpp
  graph/graphdataexport.h graph/graphdataexport.cpp
)
list(APPEND HL_VIEWS_SOURCES graph/graphpanel.h graph/graphpanel.cpp)
list(APPEND HL_VIEWS_SOURCES graph/graphpicture.h graph/graphpicture.cpp)
