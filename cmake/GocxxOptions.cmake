# Compiler flags shared by every target the project owns.
# Project code builds with warnings as errors; -Werror=switch keeps switches over
# node-kind enums exhaustive (see docs/design/style.md).
add_library(gocxx_warnings INTERFACE)
target_compile_options(gocxx_warnings INTERFACE
  -Wall -Wextra -Werror -Werror=switch -Wno-unused-parameter
  $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)

if(GOCXX_SANITIZE STREQUAL "address")
  # UBSan's `function` check is off: clang 14 cannot emit it for coroutines ("cannot represent a
  # difference across sections"), and method tables call through a generic pointer by design.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined
                      $<$<CXX_COMPILER_ID:Clang>:-fno-sanitize=function>)
  add_link_options(-fsanitize=address,undefined)
elseif(GOCXX_SANITIZE STREQUAL "thread")
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
  add_compile_definitions(GOCXX_TSAN=1)
elseif(NOT GOCXX_SANITIZE STREQUAL "")
  message(FATAL_ERROR "GOCXX_SANITIZE must be empty, address or thread")
endif()

# gocxx_add_gtest(NAME SOURCES... LIBS ...): one GoogleTest binary, each TEST a ctest entry.
include(GoogleTest)
function(gocxx_add_gtest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main gocxx_warnings)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 300)
endfunction()
