// This file implements the public entry points of the type checker: loading
// a program (the main package, its imports from the bundled standard library
// or from the module found through go.mod) and checking it.
//
// The checker follows go/types / types2 (cmd/compile/internal/types2 of Go
// 1.19, whose messages gc prints); every error goes to the one Diagnostics
// sink with gc's wording. Generic code is parsed but rejected with
// "generics are not supported yet".

#ifndef GOCXX_CHECK_CHECK_H_
#define GOCXX_CHECK_CHECK_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "check/info.h"
#include "check/objects.h"
#include "check/types.h"
#include "load/context.h"
#include "parse/arena.h"

namespace gocxx::check {

// A package given by its files instead of found by import path: `gocxx test`
// loads the package under test with its in-package _test.go files, and the
// external test package (path "<pkg>_test"), so.
struct GivenPackage {
  std::string path;
  std::vector<std::string> files;
};

struct Config {
  // Directory holding the standard-library subset as Go packages
  // (runtime/std in the source tree).
  std::string std_root;
  // Reject gocxx's extensions as gc would (the parser's `go { ... }`).
  bool strict = false;
  // Report functions declared without a body and without a //gocxx: binding
  // ("missing function body"), as `go build` does (gc's -complete). Go's
  // own test corpus is checked without it, as `go tool compile` does.
  bool complete = true;
  // Packages whose files are given (gocxx test); an import of their path
  // loads these files instead of the directory's.
  std::vector<GivenPackage> given;
  // Where go.mod is looked for when it is not the main package's directory
  // (gocxx test: the package under test's, the main package being generated).
  std::string module_dir;
  // The main package is the test main gocxx test generates: like cmd/go's, it may import
  // testing/internal/testdeps.
  bool test_main = false;
  // The platform and tags files are selected for (linux/amd64, gc, cgo off).
  load::BuildContext build;
  // Load the main package's _test.go files too (go test): those of the
  // package itself join it, those of package `p_test` become
  // Program::xtest, which imports the package with its tests.
  bool tests = false;
};

// A loaded and checked program. Owns the AST, types, objects and facts.
class Program {
 public:
  explicit Program(base::SourceManager& sources);
  ~Program();
  base::SourceManager& sources;
  ast::Arena arena;
  TypeTable types;
  ObjectTable objects;
  Scope* universe = nullptr;
  Package* unsafe_pkg = nullptr;
  Info info;
  // Every package, imports before importers; main last.
  std::vector<Package*> packages;
  // The package named on the command line (path "main" when it is package
  // main, else its import path), and with Config::tests its external test
  // package (path "<import path>_test"), if it has one.
  Package* main = nullptr;
  Package* xtest = nullptr;
  // The root package's import path as the go command names it
  // ("example.com/m/cmd/x"; "command-line-arguments" for files or a
  // directory outside a module).
  std::string main_import_path;
};

// Loads and checks the program given on a command line: one directory, or
// .go files of package main. Imports are found as the go command finds them
// (load/resolve.h): the bundled standard library, the module of go.mod
// above the directory, its local replacements and vendor/. Reports every problem to diags (also a
// missing file or package); the result is always a Program, complete only if diags has no errors.
std::unique_ptr<Program> load_program(std::span<const std::string> args, const Config& config,
                                      base::SourceManager& sources, base::Diagnostics& diags);

// Checks files already in `sources` as one main package (tests, fuzzing).
std::unique_ptr<Program> check_files(std::span<const base::SourceFile* const> files,
                                     const Config& config, base::SourceManager& sources,
                                     base::Diagnostics& diags);

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_CHECK_H_
