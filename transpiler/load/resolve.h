// This file declares how an import path becomes a directory, as the go
// command's module loader finds it on linux/amd64: the standard library
// (gocxx's runtime/std) for paths whose first element has no dot, the main
// module and its subdirectories, `replace` directives to local directories,
// vendor/ when vendor/modules.txt exists (the go command's default
// -mod=vendor since go 1.14), and the go command's texts when nothing
// provides the package. Also `internal/` visibility.

#ifndef GOCXX_LOAD_RESOLVE_H_
#define GOCXX_LOAD_RESOLVE_H_

#include <string>
#include <string_view>
#include <vector>

#include "load/gomod.h"

namespace gocxx::load {

// The module a build runs in: the go.mod at or above the working package.
struct MainModule {
  std::string root;   // absolute directory of go.mod
  std::string gomod;  // root/go.mod
  ModFile mod;
  bool vendor = false;  // vendor/modules.txt exists and go >= 1.14: -mod=vendor
};

// Looks for go.mod in dir and its parents. Returns false when there is
// none. A go.mod that does not parse sets *error to the go command's text
// ("go: errors parsing go.mod:\n" + one line per error).
bool find_main_module(const std::string& dir, MainModule* m, std::string* error);

// Whether the first element of an import path has no dot (a standard
// library path, search.IsStandardImportPath). Paths with a dot are also
// looked up below the standard library's root last, where gocxx bundles a
// few third-party packages (runtime/std/README.md), as in a GOPATH.
bool is_std_path(std::string_view path);

// Whether package `importer` may import `path`: a path with an `internal`
// element may be imported only from the tree rooted at that element's
// parent (the go command's disallowInternal); the standard library's own
// (`internal/itoa`) only by standard-library packages.
bool internal_allowed(std::string_view importer, bool importer_is_std, std::string_view path);

class Resolver {
 public:
  // main is null when there is no go.mod (only the standard library).
  Resolver(std::string std_root, const MainModule* main)
      : std_root_(std::move(std_root)), main_(main) {}

  struct Found {
    std::string dir;  // absolute; "" when not found
    bool is_std = false;
    // When not found, the go command's text, lines separated by '\n':
    // "package x/y is not in GOROOT (ROOT/x/y)", "no required module
    // provides package example.com/x; to add it:\n\tgo get example.com/x".
    std::string error;
  };
  Found resolve(const std::string& path) const;

  // The import path of a directory: inside the main module, its module path
  // and the relative directory; below the standard library root, the std
  // path; "" otherwise.
  std::string dir_import_path(const std::string& dir) const;

  const MainModule* main() const { return main_; }
  const std::string& std_root() const { return std_root_; }

 private:
  // A third-party package bundled below the standard library's root.
  bool bundled(const std::string& path, Found* f) const;
  std::string std_root_;
  const MainModule* main_;
};

}  // namespace gocxx::load

#endif  // GOCXX_LOAD_RESOLVE_H_
