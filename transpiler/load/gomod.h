// This file declares go.mod files as the go command reads them (the subset
// a build needs: module, go, require, replace; exclude and retract are
// checked for shape and otherwise ignored) and vendor/modules.txt.

#ifndef GOCXX_LOAD_GOMOD_H_
#define GOCXX_LOAD_GOMOD_H_

#include <string>
#include <string_view>
#include <vector>

namespace gocxx::load {

struct ModRequire {
  std::string path, version;
  int line = 0;
};

// `replace old [v] => new [v]`; new is a local directory when it starts
// with ./, ../ or / (then it has no version).
struct ModReplace {
  std::string old_path, old_version, new_path, new_version;
  int line = 0;
  bool local() const;
};

struct ModFile {
  std::string module;      // the module path ("" if there is no module line)
  std::string go_version;  // "1.19", "" if absent
  std::vector<ModRequire> requirements;
  std::vector<ModReplace> replaces;
  // The replacement of module `path` (any version), or null.
  const ModReplace* replacement(std::string_view path) const;
  bool required(std::string_view path) const;
};

// Parses go.mod text. Errors are appended as the go command prints them
// under "go: errors parsing go.mod:": "FILE:LINE: unknown directive: x",
// "FILE:LINE: usage: require module/path v1.2.3", ... (FILE as given).
// Returns whether there were none.
bool parse_go_mod(std::string_view file, std::string_view text, ModFile* mod,
                  std::vector<std::string>* errors);

// vendor/modules.txt: the vendored modules ("# path version" lines) and
// their packages (the other non-comment lines).
struct VendorList {
  std::vector<std::string> modules;
  std::vector<std::string> packages;
};
VendorList parse_modules_txt(std::string_view text);

}  // namespace gocxx::load

#endif  // GOCXX_LOAD_GOMOD_H_
