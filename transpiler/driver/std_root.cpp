// This file implements locating gocxx's root directory (for runtime/std),
// its runtime headers and its runtime library, relative to the executable:
// nothing of the build tree is compiled into the binary, so an installed
// prefix can be moved (docs/cmake.md, "Install layout").

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "driver/driver.h"

namespace gocxx::driver {
namespace fs = std::filesystem;

namespace {

// The directory above the executable's bin/: an installation's prefix, or
// the build tree.
fs::path exe_prefix() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path().parent_path();
}

}  // namespace

std::string gocxx_root() {
  if (const char* env = std::getenv("GOCXXROOT"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path prefix = exe_prefix();
  // Installed layout: <prefix>/bin/gocxx with <prefix>/share/gocxx/runtime/std.
  fs::path installed = prefix / "share" / "gocxx";
  if (fs::is_directory(installed / "runtime" / "std", ec)) return installed.string();
  // Build tree: build/bin/gocxx, and build/gocxx-source-root.txt (written by
  // CMake) names the source tree it was configured from.
  std::ifstream in(prefix / "gocxx-source-root.txt");
  std::string root;
  if (std::getline(in, root) && !root.empty()) return root;
  return installed.string();
}

std::string std_root() { return (fs::path(gocxx_root()) / "runtime" / "std").string(); }

std::string runtime_include_dir() {
  // A source tree (or GOCXXROOT) keeps them in runtime/include; an
  // installation in <prefix>/include.
  fs::path in_root = fs::path(gocxx_root()) / "runtime" / "include";
  std::error_code ec;
  if (fs::is_directory(in_root, ec)) return in_root.string();
  return (exe_prefix() / "include").string();
}

std::string runtime_library() {
  if (const char* env = std::getenv("GOCXX_RUNTIME_LIB"); env != nullptr && *env != '\0')
    return env;
  // Build tree and installation alike: <prefix>/lib/libgocxx_runtime.a.
  return (exe_prefix() / "lib" / "libgocxx_runtime.a").string();
}

}  // namespace gocxx::driver
