// This file declares `gocxx translate -outdir DIR`: the program's C++ as
// separate translation units in a directory, for build systems that compile
// them themselves (the CMake package's gocxx_add_executable, docs/cmake.md).
//
// DIR receives, for each Go package unit NAME ("fmt", "unicode.utf8", "main"):
//   NAME.cpp and gocxx_pkg/NAME.h  (formatted, #line directives to the Go source)
// and gocxx_main.cpp (the entry point, for package main), plus
//   gocxx_outputs.txt  the list above, one "cpp FILE", "h FILE" (a standard
//                      package's: "stdcpp FILE", "stdh FILE") or "link ARG"
//                      line each (link: what the program must also link,
//                      from the standard packages' extern.link), and
//   gocxx.stamp        touched by every run (the rule's output for Make).
// Files whose text did not change are not rewritten, so a build system that
// compares times (Make) or re-stats outputs (Ninja) recompiles only the units
// whose C++ changed.

#ifndef GOCXX_DRIVER_OUTDIR_H_
#define GOCXX_DRIVER_OUTDIR_H_

#include <string>
#include <vector>

#include "driver/options.h"
#include "lower/lower.h"

namespace gocxx::driver {

// The lines of gocxx_outputs.txt for `out`, in a fixed order (units in
// dependency order, each source before its header, then the entry point,
// then link arguments).
std::vector<std::string> outdir_listing(const lower::Output& out);

// Writes the listing to DIR/gocxx_outputs.txt (when it changed) and, unless
// opts.list_outputs, every unit and the stamp. When a listing was already
// there and differs (an import added or removed since the build system read
// it), the files are written but the run fails saying so: the build system
// must read the new list (CMake re-configures on the next build). Returns an
// exit code after reporting problems.
int write_outdir(const lower::Output& out, const BuildOptions& opts);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_OUTDIR_H_
