// This file declares build constraint expressions as go/build/constraint
// defines them: `//go:build` lines (&&, ||, !, parentheses) and the older
// `// +build` lines (space = OR, comma = AND, ! = NOT).

#ifndef GOCXX_LOAD_CONSTRAINT_H_
#define GOCXX_LOAD_CONSTRAINT_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace gocxx::load {

// A parsed build expression: a tag, or NOT/AND/OR of subexpressions.
struct Constraint {
  enum class Kind { kTag, kNot, kAnd, kOr };
  Kind kind = Kind::kTag;
  std::string tag;                   // kTag
  std::unique_ptr<Constraint> x, y;  // kNot: x; kAnd/kOr: x and y
  // Whether the expression holds when exactly the tags `ok` accepts are set.
  bool eval(const std::function<bool(std::string_view)>& ok) const;
};

// The expression after `//go:build` if `line` (one line, spaces trimmed or
// not) is a //go:build line, as constraint.splitGoBuild decides: the prefix
// followed by a space or nothing ("//go:buildx" is not one).
std::optional<std::string_view> split_go_build(std::string_view line);
// The same for `// +build` (also `//+build`).
std::optional<std::string_view> split_plus_build(std::string_view line);

// Parses a //go:build expression (the text after the prefix). On a syntax
// error returns null and sets *err to go's message ("missing close paren",
// "unexpected token !", "invalid syntax at &", ...).
std::unique_ptr<Constraint> parse_go_build_expr(std::string_view text, std::string* err);

// Parses a // +build expression (never an error: an invalid tag or `!!x`
// means the tag "ignore", as parsePlusBuildExpr does).
std::unique_ptr<Constraint> parse_plus_build_expr(std::string_view text);

}  // namespace gocxx::load

#endif  // GOCXX_LOAD_CONSTRAINT_H_
