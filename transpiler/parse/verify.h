// This file implements ast::verify, a check of the invariants the AST
// documents (which fields are never null, which lists are never empty).
// Later phases rely on them even for trees built from erroneous input; tests
// and fuzzers call verify on every tree they parse.

#ifndef GOCXX_PARSE_VERIFY_H_
#define GOCXX_PARSE_VERIFY_H_

#include <string>

#include "parse/ast.h"

namespace gocxx::ast {

// Returns an empty string if the tree rooted at n satisfies the invariants,
// else a description of the first violation ("BinaryExpr: null y").
std::string verify(const Node* n);

}  // namespace gocxx::ast

#endif  // GOCXX_PARSE_VERIFY_H_
