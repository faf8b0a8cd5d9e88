// This file declares how the files of a package directory are selected, as
// go/build's Context.Import does for the go command: build constraints
// (`//go:build`, or `// +build` lines when there is none), _GOOS/_GOARCH
// file-name suffixes, _test.go files, names starting with '_' or '.', cgo
// files when cgo is off, and the package clause of each file.

#ifndef GOCXX_LOAD_FILES_H_
#define GOCXX_LOAD_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "load/context.h"

namespace gocxx::load {

// Whether a file with this content is built in ctx (go/build's
// shouldBuild): its //go:build line if it has one in the leading comments,
// else every // +build line before the last blank line that precedes the
// first non-comment text. On a malformed header returns false and sets
// *err: "parsing //go:build line: missing close paren", "multiple
// //go:build comments".
bool should_build(std::string_view content, const BuildContext& ctx, std::string* err);

// The package name in the file's package clause (after comments), "" when
// the file does not start with one (the parser then reports it), and
// whether the file imports "C".
struct FileHeader {
  std::string package;
  bool imports_c = false;
};
FileHeader read_header(std::string_view content);

// The Go files of a directory, by role.
struct PackageFiles {
  std::string dir;
  std::string name;                         // the package clause of go_files
  std::vector<std::string> go_files;        // dir/x.go, sorted
  std::vector<std::string> test_go_files;   // x_test.go of package `name`
  std::vector<std::string> xtest_go_files;  // x_test.go of package `name`_test
  std::vector<std::string> ignored_files;   // excluded by constraints, names or cgo
  // Why the directory is not a package, in the go command's words ("no Go
  // files in DIR", "build constraints exclude all Go files in DIR", "found
  // packages p (a.go) and q (b.go) in DIR", "a.go: parsing //go:build line:
  // ..."); "" when it is one.
  std::string error;
};

// path relative to the working directory when that is shorter than path
// (the go command's base.ShortPath, used for the file names it prints).
std::string short_path(const std::string& path);

// Reads dir and sorts its .go files into PackageFiles. `tests`: whether
// _test.go files count (go test); without them a directory with only tests
// is "no non-test Go files in DIR".
PackageFiles scan_package_dir(const std::string& dir, const BuildContext& ctx, bool tests);

}  // namespace gocxx::load

#endif  // GOCXX_LOAD_FILES_H_
