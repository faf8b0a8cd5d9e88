// This file declares how the build commands' arguments name packages, as the
// go command's do: .go files (one package main), a directory, `.`, an
// import path inside the current module, and `/...` patterns.

#ifndef GOCXX_DRIVER_PACKAGES_H_
#define GOCXX_DRIVER_PACKAGES_H_

#include <string>
#include <vector>

namespace gocxx::driver {

struct PackageArg {
  // What check::load_program takes: the .go files, or the package's
  // directory (relative to the working directory when below it, so that
  // positions print as the go command prints them).
  std::vector<std::string> inputs;
  std::string import_path;  // "" for .go files or a directory outside any module
  bool is_main = false;
};

// Expands the arguments into packages, in order, without duplicates. On a
// pattern that names nothing or an import path that cannot be found, prints
// the go command's text to stderr and returns false.
// `tags` are the -tags that hold (a wildcard skips directories whose files
// are all excluded).
bool expand_packages(const std::vector<std::string>& args, const std::vector<std::string>& tags,
                     std::vector<PackageArg>* out);

// The name `go build` gives a main package's binary: the last element of its
// import path (the directory's name outside a module, the first file's name
// without .go for files).
std::string binary_name(const PackageArg& pkg);

// Directories whose Go files can change a build of `inputs` besides the
// inputs themselves: the root of the module around them and its local
// replacement directories (for the source-keyed cache).
std::vector<std::string> module_dirs(const std::vector<std::string>& inputs);

// The module files a build of `inputs` read (go.mod of the main module and
// of its local replacements, vendor/modules.txt): for depfiles.
std::vector<std::string> module_files(const std::vector<std::string>& inputs);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_PACKAGES_H_
