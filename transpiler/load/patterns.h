// This file declares the package patterns of the go command's build
// commands: a directory (`.`, `./x`, `../y`, `/abs`), an import path, and
// either with a `/...` wildcard (`./...`, `example.com/m/...`).

#ifndef GOCXX_LOAD_PATTERNS_H_
#define GOCXX_LOAD_PATTERNS_H_

#include <string>
#include <vector>

#include "load/context.h"
#include "load/resolve.h"

namespace gocxx::load {

struct PatternMatch {
  std::string dir;          // the package's directory
  std::string import_path;  // "" for a directory outside any module
};

// Whether an argument is a local path as the go command sees it (".",
// "..", "./x", "../x" or an absolute path).
bool is_local_pattern(const std::string& arg);

// The packages `pattern` names. A wildcard walks the tree below its
// directory, skipping testdata/, vendor/, names starting with '.' or '_'
// and nested modules, and keeps directories that hold a package for ctx
// (not those whose files constraints exclude). A non-wildcard import path
// is resolved; on failure *error gets the go command's text.
std::vector<PatternMatch> match_pattern(const std::string& pattern, const Resolver& resolver,
                                        const BuildContext& ctx, std::string* error);

}  // namespace gocxx::load

#endif  // GOCXX_LOAD_PATTERNS_H_
