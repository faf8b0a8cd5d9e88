// This file declares the build context files are selected for, as go/build's
// Context for the go command's defaults on linux/amd64: compiler gc, cgo off
// (gocxx has no cgo) unless the driver says otherwise, release tags
// go1.1 ... go1.19, and the -tags the user gives.

#ifndef GOCXX_LOAD_CONTEXT_H_
#define GOCXX_LOAD_CONTEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace gocxx::load {

struct BuildContext {
  std::string goos = "linux";
  std::string goarch = "amd64";
  std::string compiler = "gc";
  bool cgo_enabled = false;
  int go_minor = 19;                    // release tags go1.1 ... go1.<go_minor>
  std::vector<std::string> build_tags;  // -tags

  // Whether `tag` holds (go/build's matchTag): cgo when enabled, GOOS,
  // GOARCH, the compiler, unix for a Unix GOOS, the release and user tags.
  bool match_tag(std::string_view tag) const;
  // Whether a file name's _GOOS, _GOARCH or _GOOS_GOARCH suffix (before
  // an optional _test, after the first '_') allows the file (goodOSArchFile).
  bool good_os_arch_file(std::string_view name) const;
};

// The GOOS and GOARCH values Go 1.19 knows (go/build/syslist.go).
bool known_os(std::string_view name);
bool known_arch(std::string_view name);
bool unix_os(std::string_view name);

}  // namespace gocxx::load

#endif  // GOCXX_LOAD_CONTEXT_H_
