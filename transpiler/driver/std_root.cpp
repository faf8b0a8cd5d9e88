// This file implements locating gocxx's root directory (for runtime/std).

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "driver/driver.h"

namespace gocxx::driver {
namespace fs = std::filesystem;

std::string gocxx_root() {
  if (const char* env = std::getenv("GOCXXROOT"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  // Installed layout: <prefix>/bin/gocxx with <prefix>/share/gocxx/runtime/std.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "gocxx";
    if (fs::is_directory(installed / "runtime" / "std", ec)) return installed.string();
  }
  return GOCXX_SOURCE_ROOT;
}

std::string std_root() { return (fs::path(gocxx_root()) / "runtime" / "std").string(); }

}  // namespace gocxx::driver

namespace gocxx::driver {

std::string runtime_library() {
  if (const char* env = std::getenv("GOCXX_RUNTIME_LIB"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // Build tree: build/bin/gocxx next to build/runtime/libgocxx_runtime.a;
    // installed: <prefix>/bin/gocxx with <prefix>/lib/libgocxx_runtime.a.
    for (fs::path p : {exe.parent_path().parent_path() / "runtime" / "libgocxx_runtime.a",
                       exe.parent_path().parent_path() / "lib" / "libgocxx_runtime.a"}) {
      if (fs::exists(p, ec)) return p.string();
    }
  }
  return GOCXX_RUNTIME_LIB_PATH;
}

}  // namespace gocxx::driver
