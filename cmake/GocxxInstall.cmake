# cmake --install: gocxx, its runtime, the standard library and the CMake package
# (find_package(gocxx CONFIG)), relocatable: the installed gocxx finds everything
# relative to its own executable (transpiler/driver/std_root.cpp), and the package
# files name only paths relative to their own location. CPack makes a .deb and a
# .tar.gz of the same tree. Layout and usage: docs/cmake.md.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(GOCXX_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/gocxx)
set(GOCXX_SHARE_DIR ${CMAKE_INSTALL_DATADIR}/gocxx)

# The executable as the package names it (gocxx::gocxx), here too.
set_target_properties(gocxx PROPERTIES EXPORT_NAME gocxx)
add_executable(gocxx::gocxx ALIAS gocxx)

install(TARGETS gocxx EXPORT gocxxTargets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS gocxx_runtime EXPORT gocxxTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
# The formatter plugin `gocxx translate` loads (lower/format.cpp looks in lib/gocxx).
install(TARGETS gocxx_format_plugin LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/gocxx)
install(DIRECTORY runtime/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# The standard library: Go sources, C++ bodies (extern.h) and link arguments
# (extern.link); internal_tests holds this repository's comparison programs.
install(DIRECTORY runtime/std/ DESTINATION ${GOCXX_SHARE_DIR}/runtime/std
        PATTERN internal_tests EXCLUDE)
install(FILES README.md docs/cmake.md docs/differences.md docs/status.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

install(EXPORT gocxxTargets NAMESPACE gocxx:: DESTINATION ${GOCXX_CMAKE_DIR})
configure_package_config_file(cmake/gocxxConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/gocxxConfig.cmake INSTALL_DESTINATION ${GOCXX_CMAKE_DIR})
# 0.x: a minor version may change the interface, so 0.2 accepts only 0.2.*.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/gocxxConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/gocxxConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/gocxxConfigVersion.cmake
              cmake/gocxxFunctions.cmake cmake/gocxxGoldenTest.cmake cmake/gocxxDiscoverTests.cmake
        DESTINATION ${GOCXX_CMAKE_DIR})

# From this source tree (add_subdirectory/FetchContent), the same functions.
include(${CMAKE_CURRENT_LIST_DIR}/gocxxFunctions.cmake)

# CPack: .deb with the Debian packages gocxx and the programs it builds need,
# and a .tar.gz of the same relocatable tree; only when gocxx is the top-level
# project (a project that vendors it packages itself).
if(NOT PROJECT_IS_TOP_LEVEL)
  return()
endif()
set(CPACK_PACKAGE_NAME gocxx)
set(CPACK_PACKAGE_VENDOR "gocxx")
set(CPACK_PACKAGE_CONTACT "gocxx maintainers <gocxx@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Go (1.19 subset) to C++20 compiler with a goroutine runtime")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# g++ compiles the generated C++; libgc-dev and pkg-config give the collector the
# runtime links (headers included by gocxx/gc.h); libcurl for net/http programs;
# libclang-cpp14 and libllvm14 for the formatter plugin.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "g++ (>= 4:12), libgc-dev, pkg-config, libcurl4-openssl-dev | libcurl-dev, libclang-cpp14, libllvm14")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "cmake (>= 3.25), ninja-build, ccache")
include(CPack)
