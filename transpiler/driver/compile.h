// This file declares the compile step of `gocxx build`: each package unit
// of the lowered program is compiled by the system C++ compiler against the
// runtime's headers (with a precompiled header), objects are kept in the
// content-addressed cache, and the program is linked with the runtime
// library.

#ifndef GOCXX_DRIVER_COMPILE_H_
#define GOCXX_DRIVER_COMPILE_H_

#include <string>

#include "driver/options.h"
#include "lower/lower.h"

namespace gocxx::driver {

// Compiles and links the program; returns the cached binary's path, or ""
// after reporting the failure (an internal error: generated C++ that does
// not compile is a gocxx bug).
std::string compile_cached(const lower::Output& out, const BuildOptions& opts);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_COMPILE_H_
