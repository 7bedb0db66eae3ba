list(APPEND HL_MODEL_SOURCES
  demo/demogenerator.h demo/demogenerator.cpp
  demo/demoaccount.h
  demo/demoactorbuilder.h demo/demoactorbuilder.cpp
  demo/demoaddressing.h demo/demoaddressing.cpp
  demo/demobehaviour.h demo/demobehaviour.cpp
  demo/demobenignbuilder.h demo/demobenignbuilder.cpp
  demo/demoexchangestream.h demo/demoexchangestream.cpp
  demo/demoindicators.h demo/demoindicators.cpp
  demo/demoinfrastructure.h demo/demoinfrastructure.cpp
  demo/demolocation.h demo/demolocation.cpp
  demo/demomath.h demo/demomath.cpp
  demo/demonetworks.h demo/demonetworks.cpp
  demo/demopopulation.h demo/demopopulation.cpp
  demo/demorandom.h demo/demorandom.cpp
  demo/demoscenario.h demo/demoscenario.cpp
  demo/demoschedule.h demo/demoschedule.cpp
  demo/demosidetables.h demo/demosidetables.cpp
  demo/demosink.h demo/demosink.cpp
  demo/demotablewriter.h demo/demotablewriter.cpp
  demo/demotimeformat.h demo/demotimeformat.cpp
  demo/demotruth.h demo/demotruth.cpp)

# Same seed, same bytes on every machine: no fused multiply-add may change a rounding in the
# generator's floating-point arithmetic (see demo/demomath.h).
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  foreach(_hl_demo_source IN LISTS HL_MODEL_SOURCES)
    if(_hl_demo_source MATCHES "^demo/.*\\.cpp$")
      set_source_files_properties(${_hl_demo_source} PROPERTIES COMPILE_OPTIONS -ffp-contract=off)
    endif()
  endforeach()
endif()
