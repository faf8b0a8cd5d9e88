// This file implements the build cache's keys and locations (cache.h).

#include "driver/cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/cache_entry.h"
#include "driver/driver.h"
#include "lower/format.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

uint64_t fnv(std::string_view s, uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string hex64(uint64_t x) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(x));
  return buf;
}

std::string cache_dir() {
  if (const char* c = std::getenv("GOCXXCACHE"); c && *c) return c;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/gocxx";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/gocxx";
  return "/tmp/gocxx-cache";
}

std::string prebuilt_cache_dir() {
  if (const char* p = std::getenv("GOCXX_PREBUILT"); p && *p) return p;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p : {exe.parent_path().parent_path() / "std-cache",
                       exe.parent_path().parent_path() / "share" / "gocxx" / "std-cache"}) {
      if (fs::is_directory(p, ec)) return p.string();
    }
  }
  return "";
}

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'')
      out += "'\\''";
    else
      out += c;
  }
  return out + "'";
}

std::string cxx_compiler() {
  if (const char* c = std::getenv("CXX"); c && *c) return c;
  return "c++";
}

namespace {

// "path:mtime:size" of every regular file below root/dir for each dir, sorted.
std::string tree_stamp(const std::string& root, std::initializer_list<const char*> dirs,
                       bool headers_only) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const char* dir : dirs) {
    for (auto it = fs::recursive_directory_iterator(root + dir, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      if (headers_only && it->path().extension() != ".h") continue;
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  std::string id;
  struct stat st {};
  for (const std::string& f : files) {
    if (stat(f.c_str(), &st) == 0)
      id += f + ":" + std::to_string(st.st_mtime) + ":" + std::to_string(st.st_size);
  }
  return id;
}

std::string file_stamp(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return path + ":missing";
  return path + ":" + std::to_string(st.st_mtime) + ":" + std::to_string(st.st_size);
}

}  // namespace

std::string runtime_id(const std::string& root, const std::string& lib) {
  return file_stamp(lib) + tree_stamp(root, {"/runtime/include", "/runtime/std"}, true);
}

std::string source_key(const std::vector<std::string>& inputs, std::string_view variant) {
  std::string id(variant);
  id += "|";
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) id += file_stamp(exe.string()) + "|";
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    if (fs::is_directory(in, ec)) {
      // A module's own packages may be imported too: take every .go file below.
      for (auto it = fs::recursive_directory_iterator(in, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().extension() == ".go" || it->path().filename() == "go.mod")
          files.push_back(it->path().string());
      }
    } else {
      files.push_back(in);
    }
  }
  std::sort(files.begin(), files.end());
  uint64_t h = fnv(id);
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    h = fnv(ss.str(), fnv(f, h));
  }
  std::string lib_id = runtime_library() + "|" + cxx_compiler() + "|" +
                       file_stamp(runtime_library()) +
                       tree_stamp(gocxx_root(), {"/runtime/std", "/runtime/include"}, false);
  return hex64(fnv(lib_id, h));
}

std::string format_cached(const std::string& code) {
  std::string id = lower::formatter_id();
  if (id.empty()) return lower::format_cpp(code);
  fs::path dir = fs::path(cache_dir()) / "fmt";
  fs::path index = dir / (hex64(fnv(code, fnv(id))) + ".entry");
  if (std::string data = cache_lookup(index); !data.empty()) {
    std::ifstream in(data, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    if (in) return ss.str();
  }
  std::string out = lower::format_cpp(code);
  // Only a speed-up: a cache that cannot be written is not an error here.
  std::error_code ec;
  fs::create_directories(dir, ec);
  fs::path tmp = index.string() + "." + std::to_string(getpid()) + ".cpp.tmp";
  std::string err;
  if (write_atomic(tmp, out, &err) && cache_store(index, tmp, ".cpp", "", &err).empty())
    fs::remove(tmp, ec);
  return out;
}

}  // namespace gocxx::driver
