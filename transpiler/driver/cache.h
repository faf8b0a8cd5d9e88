// This file declares the build cache's keys and locations: where objects,
// binaries and precompiled headers are kept ($GOCXXCACHE), the read-only
// prebuilt cache (build/std-cache), and the hashes that name their entries.

#ifndef GOCXX_DRIVER_CACHE_H_
#define GOCXX_DRIVER_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gocxx::driver {

// FNV-1a, 64 bits: cache keys need not be cryptographic.
uint64_t fnv(std::string_view s, uint64_t h = 1469598103934665603ULL);
std::string hex64(uint64_t x);

// $GOCXXCACHE, else $XDG_CACHE_HOME/gocxx, else ~/.cache/gocxx.
std::string cache_dir();
// A read-only object cache filled when gocxx is built ($GOCXX_PREBUILT,
// default std-cache in the build tree or share/gocxx/std-cache installed);
// "" if there is none.
std::string prebuilt_cache_dir();
// `s` quoted for /bin/sh.
std::string quote(const std::string& s);

// $CXX, default c++.
std::string cxx_compiler();

// Identifies the runtime a program is compiled against: the library and
// every header and extern body (size and modification time).
std::string runtime_id(const std::string& root, const std::string& lib);

// A key for a program before translating it: the gocxx binary, the Go files
// named on the command line (or below the directory), every file of the
// bundled standard library and runtime (size and time), and `variant` (the
// options that change the output). An unchanged program finds its binary
// without being parsed again.
std::string source_key(const std::vector<std::string>& inputs, std::string_view variant);

// `code` formatted by lower::format_cpp, from $GOCXXCACHE/fmt when the same
// text was formatted before by the same formatter (the standard library's
// units of `gocxx translate` repeat from program to program: formatting
// them is seconds, reading them back milliseconds).
std::string format_cached(const std::string& code);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_CACHE_H_
