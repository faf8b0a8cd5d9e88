# Runs one golden test of gocxx_add_golden_test (gocxxFunctions.cmake), in
# script mode: cmake -DGOCXX_EXE=... -P gocxxGoldenTest.cmake.
#   GOCXX_EXE, GOCXX_ARGS, GOCXX_STDIN    the program, its arguments and input
#   GOCXX_EXPECTED_STDOUT/_STDERR/_EXIT  the goldens (stderr and exit optional)
#   GOCXX_FAKETIME                       run on the virtual clock (GOCXX_FAKETIME=1)
#   GOCXX_TRANSLATED, GOCXX_TRANSLATOR, GOCXX_INPUTS, GOCXX_SOURCE_DIR
#                                        golden C++ of `gocxx translate -no-std`
#   GOCXX_UPDATE                         rewrite the goldens instead of comparing
cmake_minimum_required(VERSION 3.25)

# Lists arrive joined by "|" (gocxx_add_golden_test).
string(REPLACE "|" ";" GOCXX_ARGS "${GOCXX_ARGS}")
string(REPLACE "|" ";" GOCXX_INPUTS "${GOCXX_INPUTS}")
if(GOCXX_FAKETIME)
  set(ENV{GOCXX_FAKETIME} 1)
endif()
set(input "")
if(GOCXX_STDIN)
  set(input INPUT_FILE "${GOCXX_STDIN}")
endif()
execute_process(COMMAND "${GOCXX_EXE}" ${GOCXX_ARGS} ${input}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(actual_stdout "${out}")
set(actual_stderr "${err}")
set(actual_exit "${rc}")
if(GOCXX_TRANSLATED)
  execute_process(COMMAND "${GOCXX_TRANSLATOR}" translate -no-std ${GOCXX_INPUTS}
                  WORKING_DIRECTORY "${GOCXX_SOURCE_DIR}"
                  OUTPUT_VARIABLE actual_translated RESULT_VARIABLE trc)
  if(NOT trc EQUAL 0)
    message(FATAL_ERROR "gocxx translate failed (exit ${trc})")
  endif()
endif()

set(failed FALSE)
# compare(KIND ACTUAL GOLDEN): a unified diff when they differ (or, in update
# mode, the golden rewritten).
function(compare kind actual golden)
  if(GOCXX_UPDATE)
    file(WRITE "${golden}" "${actual}")
    message(STATUS "wrote ${golden}")
    return()
  endif()
  if(NOT EXISTS "${golden}")
    message("--- ${kind}: no golden file ${golden} (the <project>-update-golden target writes it)")
    set(failed TRUE PARENT_SCOPE)
    return()
  endif()
  file(READ "${golden}" expected)
  if(expected STREQUAL actual)
    return()
  endif()
  string(RANDOM LENGTH 8 tag)
  set(tmp "${CMAKE_CURRENT_BINARY_DIR}/gocxx-golden-${tag}.actual")
  file(WRITE "${tmp}" "${actual}")
  message("--- ${kind} differs from ${golden}:")
  execute_process(COMMAND diff -u "${golden}" "${tmp}" RESULT_VARIABLE drc)
  if(drc GREATER 1)  # no diff(1): show the whole output
    message("${actual}")
  endif()
  file(REMOVE "${tmp}")
  set(failed TRUE PARENT_SCOPE)
endfunction()

compare(stdout "${actual_stdout}" "${GOCXX_EXPECTED_STDOUT}")
if(GOCXX_EXPECTED_STDERR)
  compare(stderr "${actual_stderr}" "${GOCXX_EXPECTED_STDERR}")
elseif(NOT actual_stderr STREQUAL "" AND NOT GOCXX_UPDATE)
  message("--- unexpected stderr:\n${actual_stderr}")
  set(failed TRUE)
endif()
if(GOCXX_TRANSLATED)
  compare("translated C++" "${actual_translated}" "${GOCXX_TRANSLATED}")
endif()
if(NOT DEFINED GOCXX_EXPECTED_EXIT)
  set(GOCXX_EXPECTED_EXIT 0)
endif()
if(NOT actual_exit STREQUAL "${GOCXX_EXPECTED_EXIT}" AND NOT GOCXX_UPDATE)
  message("--- exit status ${actual_exit}, want ${GOCXX_EXPECTED_EXIT}")
  set(failed TRUE)
endif()
if(failed)
  message(FATAL_ERROR "golden test failed: ${GOCXX_EXE}")
endif()
