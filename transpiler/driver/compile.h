// This file declares the compile step of `gocxx build`: each package unit
// of the lowered program is compiled by the system C++ compiler against the
// runtime's headers (with a precompiled header), objects are kept in the
// content-addressed cache, and the program is linked with the runtime
// library.

#ifndef GOCXX_DRIVER_COMPILE_H_
#define GOCXX_DRIVER_COMPILE_H_

#include <filesystem>
#include <string>

#include "driver/options.h"
#include "lower/lower.h"

namespace gocxx::driver {

// Compiles and links the program, with its temporary files in `work` (a
// directory on the cache's file system); returns the cached binary's path,
// or "" after reporting the failure in one line when the environment is at
// fault (no compiler, a full disk), else as an internal error: generated
// C++ that does not compile is a gocxx bug.
std::string compile_cached(const lower::Output& out, const BuildOptions& opts,
                           const std::filesystem::path& work);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_COMPILE_H_
