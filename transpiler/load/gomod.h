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

// vendor/modules.txt: the vendored modules ("# path version [=> new]"
// lines, "## explicit" annotations) and their packages (the other lines).
struct VendorModule {
  std::string path, version;
  bool explicit_ = false;     // "## explicit": required in go.mod
  bool replaced = false;      // "=> ..." on its line
  bool has_packages = false;  // package lines follow it
};
struct VendorList {
  std::vector<VendorModule> modules;
  std::vector<std::string> packages;
};
VendorList parse_modules_txt(std::string_view text);

// What the go command checks before building from vendor/ (Go 1.14 and
// later; modload's checkVendorConsistency): every require is marked
// explicit at its version, every explicit module with packages is
// required, every replaced module is marked replaced. Returns the
// complaints ("example.com/x@v1.0.0: is explicitly required in go.mod, but
// not marked as explicit in vendor/modules.txt"), empty when consistent.
std::vector<std::string> vendor_inconsistencies(const ModFile& mod, const VendorList& vendor);

}  // namespace gocxx::load

#endif  // GOCXX_LOAD_GOMOD_H_
