// This file implements ast::dump, a stable indented text form of a tree for
// golden tests and debugging (`gocxx-parse --dump`).
//
// One node per line: its kind and scalar attributes (names, operators,
// literal text, flags), then its children indented by two spaces, each
// prefixed with the field name ("x: ", "body: "). List fields print the
// field name on a line of its own and the elements one level deeper. Null
// fields and empty lists are omitted. Example for `f(a, 1)`:
//
//   CallExpr
//     fun: Ident f
//     args:
//       Ident a
//       BasicLit IntLit 1

#ifndef GOCXX_PARSE_DUMP_H_
#define GOCXX_PARSE_DUMP_H_

#include <string>

#include "base/source_manager.h"
#include "parse/ast.h"

namespace gocxx::ast {

struct DumpOptions {
  // If set, each node line ends with " @LINE:COL" (of its pos).
  const base::SourceManager* positions = nullptr;
};

std::string dump(const Node* n, const DumpOptions& options = {});

}  // namespace gocxx::ast

#endif  // GOCXX_PARSE_DUMP_H_
