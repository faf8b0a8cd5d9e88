// This file implements the build context (context.h): go/build's matchTag
// and goodOSArchFile with the operating systems and architectures of Go
// 1.19's go/build/syslist.go.

#include "load/context.h"

#include <algorithm>
#include <array>

namespace gocxx::load {

namespace {

constexpr std::array<std::string_view, 17> kKnownOS = {
    "aix",   "android", "darwin", "dragonfly", "freebsd", "hurd",    "illumos", "ios", "js",
    "linux", "nacl",    "netbsd", "openbsd",   "plan9",   "solaris", "windows", "zos"};

constexpr std::array<std::string_view, 12> kUnixOS = {"aix",     "android", "darwin",  "dragonfly",
                                                      "freebsd", "hurd",    "illumos", "ios",
                                                      "linux",   "netbsd",  "openbsd", "solaris"};

constexpr std::array<std::string_view, 24> kKnownArch = {
    "386",     "amd64",  "amd64p32", "arm",      "armbe",     "arm64",       "arm64be", "loong64",
    "mips",    "mipsle", "mips64",   "mips64le", "mips64p32", "mips64p32le", "ppc",     "ppc64",
    "ppc64le", "riscv",  "riscv64",  "s390",     "s390x",     "sparc",       "sparc64", "wasm"};

template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

}  // namespace

bool known_os(std::string_view name) { return in(kKnownOS, name); }
bool known_arch(std::string_view name) { return in(kKnownArch, name); }
bool unix_os(std::string_view name) { return in(kUnixOS, name); }

bool BuildContext::match_tag(std::string_view tag) const {
  if (cgo_enabled && tag == "cgo") return true;
  if (tag == goos || tag == goarch || tag == compiler) return true;
  if (goos == "android" && tag == "linux") return true;
  if (goos == "illumos" && tag == "solaris") return true;
  if (goos == "ios" && tag == "darwin") return true;
  if (tag == "unix" && unix_os(goos)) return true;
  if (std::find(build_tags.begin(), build_tags.end(), tag) != build_tags.end()) return true;
  // Release tags: go1.1 through go1.<go_minor>.
  if (tag.rfind("go1.", 0) == 0 && tag.size() > 4) {
    std::string_view minor = tag.substr(4);
    if (minor.find_first_not_of("0123456789") != std::string_view::npos || minor[0] == '0')
      return false;
    return minor.size() <= 2 && std::stoi(std::string(minor)) <= go_minor;
  }
  return false;
}

// name_$(GOOS).*, name_$(GOARCH).*, name_$(GOOS)_$(GOARCH).*, each also
// with _test before the extension; "linux.go" (no '_') is not tagged.
bool BuildContext::good_os_arch_file(std::string_view name) const {
  name = name.substr(0, name.find('.'));
  size_t first = name.find('_');
  if (first == std::string_view::npos) return true;
  name = name.substr(first);  // "_a_b_c": split gives "", "a", "b", "c"
  std::vector<std::string_view> parts;
  for (size_t pos = 0; pos <= name.size();) {
    size_t end = name.find('_', pos);
    if (end == std::string_view::npos) end = name.size();
    parts.push_back(name.substr(pos, end - pos));
    pos = end + 1;
  }
  if (!parts.empty() && parts.back() == "test") parts.pop_back();
  size_t n = parts.size();
  if (n >= 2 && known_os(parts[n - 2]) && known_arch(parts[n - 1]))
    return match_tag(parts[n - 1]) && match_tag(parts[n - 2]);
  if (n >= 1 && (known_os(parts[n - 1]) || known_arch(parts[n - 1])))
    return match_tag(parts[n - 1]);
  return true;
}

}  // namespace gocxx::load
