// This file implements format_cpp (format.h): it loads the formatter plugin
// (format_plugin.cpp, libgocxx_format.so) on first use.

#include "lower/format.h"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <vector>

namespace gocxx::lower {

namespace {

using FormatFn = char* (*)(const char*, size_t, size_t*);

std::string loaded_id;  // formatter_id() of the plugin load_plugin() loaded

// The plugin sits in lib/ beside bin/ in the build tree, or in lib/gocxx/
// of an installation; GOCXX_FORMAT_PLUGIN names it explicitly.
FormatFn load_plugin() {
  std::vector<std::filesystem::path> candidates;
  if (const char* p = std::getenv("GOCXX_FORMAT_PLUGIN"); p != nullptr && *p != '\0')
    candidates.emplace_back(p);
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path prefix = exe.parent_path().parent_path();
    candidates.push_back(prefix / "lib" / "libgocxx_format.so");
    candidates.push_back(prefix / "lib" / "gocxx" / "libgocxx_format.so");
  }
  std::string errors;
  for (const auto& c : candidates) {
    if (!std::filesystem::exists(c, ec)) continue;
    void* h = dlopen(c.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (h == nullptr) {
      errors += std::string("\n  ") + dlerror();
      continue;
    }
    if (void* f = dlsym(h, "gocxx_format_cpp")) {
      auto t = std::filesystem::last_write_time(c, ec);
      loaded_id = c.string() + ":" + std::to_string(t.time_since_epoch().count()) + ":" +
                  std::to_string(std::filesystem::file_size(c, ec));
      return reinterpret_cast<FormatFn>(f);
    }
  }
  std::fprintf(stderr,
               "gocxx: warning: the C++ formatter (libgocxx_format.so) could not be loaded; output "
               "is unformatted%s\n",
               errors.c_str());
  return nullptr;
}

std::once_flag once;
FormatFn plugin = nullptr;

}  // namespace

std::string formatter_id() {
  std::call_once(once, [] { plugin = load_plugin(); });
  return loaded_id;
}

std::string format_cpp(const std::string& code) {
  std::call_once(once, [] { plugin = load_plugin(); });
  FormatFn fn = plugin;
  if (fn == nullptr) return code;
  size_t n = 0;
  char* out = fn(code.data(), code.size(), &n);
  if (out == nullptr) return code;
  std::string result(out, n);
  std::free(out);
  return result;
}

}  // namespace gocxx::lower
