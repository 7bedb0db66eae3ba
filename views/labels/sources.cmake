list(APPEND HL_VIEWS_SOURCES
  labels/labelcontroller.h labels/labelcontroller.cpp
  labels/labeldialog.h labels/labeldialog.cpp
  labels/reviewpanel.h labels/reviewpanel.cpp
  labels/trainingpanel.h labels/trainingpanel.cpp
  labels/agreementmodel.h labels/agreementmodel.cpp
  labels/disagreementmodel.h labels/disagreementmodel.cpp
  labels/agreementpanel.h labels/agreementpanel.cpp
)
