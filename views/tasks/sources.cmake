list(APPEND HL_VIEWS_SOURCES
  tasks/backgroundtask.h tasks/backgroundtask.cpp
)
