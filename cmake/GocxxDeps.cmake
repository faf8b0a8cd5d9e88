# Third-party libraries, all from Debian packages installed by tools/setup.
find_package(Threads REQUIRED)
find_package(GTest REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(BDWGC REQUIRED IMPORTED_TARGET bdw-gc)   # libgc-dev: Go's heap
find_package(fmt 9 REQUIRED)                                 # libfmt-dev
