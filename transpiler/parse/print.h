// This file implements ast::to_string, which prints an expression, type or
// simple statement back as Go source the way gc quotes code in its messages
// (syntax.String, "short form"): on one line, with function bodies and
// composite literal contents elided as "…". E.g. `x + f(1)`,
// `func(int) string {…}`, `T{…}`, `x := 1`.

#ifndef GOCXX_PARSE_PRINT_H_
#define GOCXX_PARSE_PRINT_H_

#include <string>

#include "parse/ast.h"

namespace gocxx::ast {

std::string to_string(const Node* n);
// Comma-separated list, e.g. the two sides of `a, b = 1, 2`.
std::string to_string(std::span<Expr* const> list);

}  // namespace gocxx::ast

#endif  // GOCXX_PARSE_PRINT_H_
