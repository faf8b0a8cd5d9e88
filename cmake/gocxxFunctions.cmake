# The CMake functions of the gocxx package (docs/cmake.md):
#   gocxx_add_executable(<target> <file.go>... | PACKAGE <dir> [GOCXX_FLAGS <flag>...])
#   gocxx_add_library(<target> [STATIC|SHARED|OBJECT] PACKAGE <dir> [GOCXX_FLAGS <flag>...])
#   gocxx_add_golden_test(<name> TARGET <exe> ... EXPECTED_STDOUT <file> ...)
#   gocxx_add_test(<name> PACKAGE <dir> [ARGS ...])
# gocxx translates Go into C++ files in the build tree (an add_custom_command with a
# DEPFILE); CMake compiles them as ordinary translation units with the project's
# compiler, flags and toolchain.
include_guard(GLOBAL)

# The standard library's root, for the C++ bodies generated headers include
# ("fmt/extern.h"): runtime/std beside this file's cmake/ in a source tree,
# share/gocxx/runtime/std three levels up from lib/cmake/gocxx when installed.
function(_gocxx_std_dir out)
  set(dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../runtime/std")
  if(NOT IS_DIRECTORY "${dir}")
    set(dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../../../share/gocxx/runtime/std")
  endif()
  get_filename_component(dir "${dir}" ABSOLUTE)
  set(${out} "${dir}" PARENT_SCOPE)
endfunction()

# The gocxx executable to run at configure time (to list a program's units):
# GOCXX_EXECUTABLE if set (a host gocxx when cross-compiling), else the imported
# gocxx::gocxx; from a source tree (add_subdirectory), a host build of gocxx made
# once in the build tree, since the in-tree target does not exist before the build.
function(_gocxx_host_executable out)
  if(GOCXX_EXECUTABLE)
    set(${out} "${GOCXX_EXECUTABLE}" PARENT_SCOPE)
    return()
  endif()
  get_target_property(imported gocxx::gocxx IMPORTED)
  if(imported)
    get_target_property(exe gocxx::gocxx LOCATION)
    set(${out} "${exe}" PARENT_SCOPE)
    return()
  endif()
  set(host "${CMAKE_BINARY_DIR}/_gocxx_host")
  if(NOT EXISTS "${host}/bin/gocxx")
    message(STATUS "gocxx: building the host translator in ${host}")
    get_filename_component(src "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/.." ABSOLUTE)
    execute_process(COMMAND ${CMAKE_COMMAND} -S ${src} -B ${host} -DCMAKE_BUILD_TYPE=Release
                    RESULT_VARIABLE rc OUTPUT_QUIET)
    if(rc EQUAL 0)
      execute_process(COMMAND ${CMAKE_COMMAND} --build ${host} --target gocxx gocxx_format_plugin gocxx_runtime
                      RESULT_VARIABLE rc OUTPUT_QUIET)
    endif()
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "gocxx: building the host translator in ${host} failed")
    endif()
  endif()
  set(${out} "${host}/bin/gocxx" PARENT_SCOPE)
endfunction()

# Translates the Go inputs of `target` into ${CMAKE_CURRENT_BINARY_DIR}/<target>.gocxx
# and adds the generated C++ to it:
#   Go files -> <target>.gocxx/NAME.cpp, gocxx_pkg/NAME.h (one pair per package),
#               gocxx_main.cpp (for package main)
# The units are listed at configure time (gocxx translate -list-outputs); a changed
# import set re-configures on the next build (driver/outdir.h).
function(_gocxx_translate target header_scope)
  cmake_parse_arguments(PARSE_ARGV 2 ARG "" "PACKAGE" "GOCXX_FLAGS")
  set(inputs "")
  set(depends "")
  if(ARG_PACKAGE)
    get_filename_component(pkg "${ARG_PACKAGE}" ABSOLUTE)
    set(inputs "${pkg}")
    file(GLOB depends CONFIGURE_DEPENDS "${pkg}/*.go")
  else()
    foreach(f IN LISTS ARG_UNPARSED_ARGUMENTS)
      get_filename_component(f "${f}" ABSOLUTE)
      list(APPEND inputs "${f}")
    endforeach()
    set(depends ${inputs})
  endif()
  if(NOT inputs)
    message(FATAL_ERROR "gocxx: ${target}: no Go files and no PACKAGE")
  endif()
  # ISO C++20 (-std=c++20, as `gocxx build` compiles): GNU mode predefines `unix`
  # and `linux` as macros, names Go programs use.
  set_target_properties(${target} PROPERTIES GOCXX_FLAGS "${ARG_GOCXX_FLAGS}"
                                             GOCXX_INPUTS "${inputs}" CXX_EXTENSIONS OFF)
  set(outdir "${CMAKE_CURRENT_BINARY_DIR}/${target}.gocxx")
  _gocxx_host_executable(gocxx_exe)
  execute_process(COMMAND "${gocxx_exe}" translate -outdir "${outdir}" -list-outputs ${inputs}
                  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gocxx: ${target}: gocxx translate failed:\n${err}")
  endif()
  # The listing changes only when the program's package set does: re-configure then.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${outdir}/gocxx_outputs.txt")
  file(STRINGS "${outdir}/gocxx_outputs.txt" listing)
  set(sources "")
  set(headers "")
  set(std_sources "")
  set(std_headers "")
  set(links "")
  foreach(line IN LISTS listing)
    string(REGEX MATCH "^([a-z]+) (.*)$" _ "${line}")
    set(kind "${CMAKE_MATCH_1}")
    set(file "${outdir}/${CMAKE_MATCH_2}")
    if(kind STREQUAL "cpp" OR kind STREQUAL "stdcpp")
      list(APPEND sources "${file}")
    elseif(kind STREQUAL "h" OR kind STREQUAL "stdh")
      list(APPEND headers "${file}")
    elseif(kind STREQUAL "link")
      list(APPEND links "${CMAKE_MATCH_2}")
    endif()
    if(kind STREQUAL "stdcpp")
      list(APPEND std_sources "${file}")
    elseif(kind STREQUAL "stdh")
      list(APPEND std_headers "${file}")
    endif()
  endforeach()
  # The rule's output is the stamp (touched every run); the units are byproducts
  # rewritten only when their text changes, so Ninja (restat) and Make (times)
  # recompile only those. Flags come from the GOCXX_FLAGS property at generate time.
  add_custom_command(
    OUTPUT "${outdir}/gocxx.stamp"
    BYPRODUCTS ${sources} ${headers}
    COMMAND gocxx::gocxx translate -outdir "${outdir}" -depfile "${outdir}/gocxx.d"
            "$<TARGET_PROPERTY:${target},GOCXX_FLAGS>" ${inputs}
    DEPENDS ${depends} "$<TARGET_FILE:gocxx::gocxx>"
    DEPFILE "${outdir}/gocxx.d"
    COMMENT "Translating Go to C++ for ${target}"
    COMMAND_EXPAND_LISTS VERBATIM)
  target_sources(${target} PRIVATE "${outdir}/gocxx.stamp" ${sources})
  if(header_scope STREQUAL "PUBLIC")
    target_sources(${target} PUBLIC FILE_SET HEADERS BASE_DIRS "${outdir}" FILES ${headers})
  else()
    target_sources(${target} PRIVATE ${headers})
    target_include_directories(${target} PRIVATE "${outdir}")
  endif()
  _gocxx_std_dir(std_dir)
  target_include_directories(${target} ${header_scope} "$<BUILD_INTERFACE:${std_dir}>")
  # Go's integers wrap and the runtime retypes memory (-fwrapv -fno-strict-aliasing);
  # coroutine symmetric transfer needs sibling calls (GCC enables them from -O2 only);
  # generated code is not warning-clean by design (-w). GCC: 8-byte struct moves, as
  # `gocxx build` compiles (transpiler/driver/compile.cpp says why).
  set_source_files_properties(${sources} PROPERTIES GENERATED TRUE COMPILE_OPTIONS
    "-fwrapv;-fno-strict-aliasing;-foptimize-sibling-calls;-w;$<$<CXX_COMPILER_ID:GNU>:-mtune-ctrl=^sse_unaligned_load_optimal,^sse_unaligned_store_optimal>")
  # The program's own units (what an edit recompiles) start from the runtime's and the
  # standard packages' headers precompiled, as `gocxx build` compiles them (std_pch.h):
  # parsing those headers was two thirds of a fmt+time main package's compile (2.3 s of
  # CPU without, 0.8 s with). The standard units compile rarely and skip it. With
  # ccache, set CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime.
  if(NOT GOCXX_NO_PCH)
    target_precompile_headers(${target} PRIVATE <gocxx/gocxx.h> <gocxx/support.h> ${std_headers})
    set_source_files_properties(${std_sources} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  endif()
  target_link_libraries(${target} ${header_scope} gocxx::runtime ${links})
endfunction()

# gocxx_add_executable(<target> <file.go>... | PACKAGE <dir> [GOCXX_FLAGS <flag>...]):
# an executable built from Go package main (the files, or the package directory).
function(gocxx_add_executable target)
  add_executable(${target})
  _gocxx_translate(${target} PRIVATE ${ARGN})
endfunction()

# gocxx_add_library(<target> [STATIC|SHARED|OBJECT] PACKAGE <dir> [GOCXX_FLAGS ...]):
# a library from a Go package; its generated headers are a public FILE_SET HEADERS,
# so install(TARGETS <target> EXPORT ... FILE_SET HEADERS) installs them.
function(gocxx_add_library target)
  set(kind "")
  if(ARGV1 MATCHES "^(STATIC|SHARED|OBJECT)$")
    set(kind ${ARGV1})
    list(REMOVE_AT ARGN 0)
  endif()
  add_library(${target} ${kind})
  if(kind STREQUAL "SHARED")
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
  endif()
  _gocxx_translate(${target} PUBLIC ${ARGN})
endfunction()

# gocxx_add_golden_test(<name> TARGET <exe> [ARGS <arg>...] [STDIN <file>]
#                       EXPECTED_STDOUT <file> [EXPECTED_STDERR <file>] [EXPECTED_EXIT <n>]
#                       [FAKETIME] [TRANSLATED <file.cpp>])
# A ctest test running <exe> and comparing its output, stderr and exit status with
# the golden files (a unified diff on mismatch); TRANSLATED also compares
# `gocxx translate -no-std` of the target's Go files (run from its source
# directory, so the text names no absolute path). The <project>-update-golden
# target rewrites every golden of the project from the current outputs.
function(gocxx_add_golden_test name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "FAKETIME"
                        "TARGET;STDIN;EXPECTED_STDOUT;EXPECTED_STDERR;EXPECTED_EXIT;TRANSLATED" "ARGS")
  if(NOT ARG_TARGET OR NOT ARG_EXPECTED_STDOUT)
    message(FATAL_ERROR "gocxx_add_golden_test(${name}): TARGET and EXPECTED_STDOUT are required")
  endif()
  set(script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/gocxxGoldenTest.cmake")
  # Lists travel through add_test's command line joined by "|;|" -> "|": the
  # script splits them again.
  string(REPLACE ";" "|" args "${ARG_ARGS}")
  set(defs "-DGOCXX_EXE=$<TARGET_FILE:${ARG_TARGET}>" "-DGOCXX_ARGS=${args}")
  foreach(opt STDIN EXPECTED_STDOUT EXPECTED_STDERR TRANSLATED)
    if(ARG_${opt})
      get_filename_component(f "${ARG_${opt}}" ABSOLUTE)
      list(APPEND defs "-DGOCXX_${opt}=${f}")
    endif()
  endforeach()
  if(DEFINED ARG_EXPECTED_EXIT)
    list(APPEND defs "-DGOCXX_EXPECTED_EXIT=${ARG_EXPECTED_EXIT}")
  endif()
  if(ARG_FAKETIME)
    list(APPEND defs "-DGOCXX_FAKETIME=1")
  endif()
  if(ARG_TRANSLATED)
    get_target_property(inputs ${ARG_TARGET} GOCXX_INPUTS)
    get_target_property(srcdir ${ARG_TARGET} SOURCE_DIR)
    set(rel "")
    foreach(f IN LISTS inputs)
      file(RELATIVE_PATH r "${srcdir}" "${f}")
      list(APPEND rel "${r}")
    endforeach()
    string(REPLACE ";" "|" rel "${rel}")
    list(APPEND defs "-DGOCXX_TRANSLATOR=$<TARGET_FILE:gocxx::gocxx>" "-DGOCXX_INPUTS=${rel}"
         "-DGOCXX_SOURCE_DIR=${srcdir}")
  endif()
  add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} ${defs} -P "${script}")
  set(update "${PROJECT_NAME}-update-golden")
  if(NOT TARGET ${update})
    add_custom_target(${update} COMMENT "Rewriting the golden files of ${PROJECT_NAME}")
  endif()
  add_custom_target(${name}-update-golden
    COMMAND ${CMAKE_COMMAND} ${defs} -DGOCXX_UPDATE=1 -P "${script}"
    DEPENDS ${ARG_TARGET} VERBATIM)
  add_dependencies(${update} ${name}-update-golden)
endfunction()

# gocxx_add_test(<name> PACKAGE <dir> [ARGS <arg>...]): builds the package's test
# binary (`gocxx test -c`) and registers each of its Test and Example functions as
# its own ctest test <name>.<Func>, discovered when ctest runs (as
# gtest_discover_tests' PRE_TEST mode), so `ctest -R TestFoo` selects one.
function(gocxx_add_test name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "PACKAGE" "ARGS")
  get_filename_component(pkg "${ARG_PACKAGE}" ABSOLUTE)
  file(GLOB go_files CONFIGURE_DEPENDS "${pkg}/*.go")
  set(bin "${CMAKE_CURRENT_BINARY_DIR}/${name}.test")
  add_custom_command(OUTPUT "${bin}"
    COMMAND gocxx::gocxx test -c -o "${bin}" "${pkg}"
    DEPENDS ${go_files} "$<TARGET_FILE:gocxx::gocxx>"
    COMMENT "Building the Go test binary ${name}.test" VERBATIM)
  add_custom_target(${name} ALL DEPENDS "${bin}")
  set(include_file "${CMAKE_CURRENT_BINARY_DIR}/${name}_include.cmake")
  set(tests_file "${CMAKE_CURRENT_BINARY_DIR}/${name}_tests.cmake")
  file(WRITE "${include_file}"
    "include(\"${CMAKE_CURRENT_FUNCTION_LIST_DIR}/gocxxDiscoverTests.cmake\")\n"
    "gocxx_discover_tests(\"${name}\" \"${bin}\" \"${tests_file}\" \"${ARG_ARGS}\")\n"
    "include(\"${tests_file}\")\n")
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${include_file}")
endfunction()
