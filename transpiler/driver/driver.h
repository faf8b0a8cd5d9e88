// This file implements the declarations shared by the driver's commands.

#ifndef GOCXX_DRIVER_DRIVER_H_
#define GOCXX_DRIVER_DRIVER_H_

#include <cstdio>
#include <string>
#include <vector>

namespace gocxx::driver {

// Exit codes, as the go command uses them: 0 success, 1 errors in the
// program, 2 bad usage or environment.
inline constexpr int kExitOk = 0;
inline constexpr int kExitErrors = 1;
inline constexpr int kExitUsage = 2;

// The directory holding the gocxx source/installation root: $GOCXXROOT, or
// share/gocxx next to the binary's prefix, or the source tree named by
// gocxx-source-root.txt there (a build tree). The standard library is <root>/runtime/std.
std::string gocxx_root();
std::string std_root();

// The runtime's headers: <root>/runtime/include, or <prefix>/include when
// installed.
std::string runtime_include_dir();

// The prebuilt runtime library generated programs link against.
std::string runtime_library();

// The usage of the gocxx command (gocxx help prints it to stdout; a missing
// command, to stderr).
void print_usage(FILE* out);

int cmd_help(const std::vector<std::string>& args);
int cmd_check(const std::vector<std::string>& args);
int cmd_translate(const std::vector<std::string>& args);
int cmd_build(const std::vector<std::string>& args);
int cmd_run(const std::vector<std::string>& args);
int cmd_test(const std::vector<std::string>& args);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_DRIVER_H_
