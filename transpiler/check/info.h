// This file implements Info, what the checker records about a checked
// program for the phases after it (go/types' Info): the mode, type and
// constant value of every expression, the object every identifier defines
// or uses, the meaning of every selector, scopes and the package-level
// initialization order.

#ifndef GOCXX_CHECK_INFO_H_
#define GOCXX_CHECK_INFO_H_

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "check/constant/value.h"
#include "check/objects.h"
#include "check/types.h"
#include "parse/ast.h"

namespace gocxx::check {

// What an expression denotes (types2's operandMode).
#define GOCXX_MODES(X)                \
  X(Invalid, "invalid operand")       \
  X(NoValue, "no value")              \
  X(BuiltinMode, "built-in")          \
  X(TypeExpr, "type")                 \
  X(Constant, "constant")             \
  X(Variable, "variable")             \
  X(MapIndex, "map index expression") \
  X(Value, "value")                   \
  X(NilValue, "nil")                  \
  X(CommaOk, "comma, ok expression")

enum class Mode : uint8_t {
#define GOCXX_X(Name, Text) Name,
  GOCXX_MODES(GOCXX_X)
#undef GOCXX_X
};
std::string_view mode_text(Mode m);

struct TypeAndValue {
  Mode mode = Mode::Invalid;
  Type* type = nullptr;   // final type (untyped constants are given their default or context type)
  constant::Value value;  // for Mode::Constant
};

// The meaning of x.f (go/types' Selection), for x.f that is not a
// qualified identifier (pkg.Name is recorded in uses).
struct Selection {
  enum class Kind : uint8_t { FieldVal, MethodVal, MethodExpr };
  Kind kind = Kind::FieldVal;
  Type* recv = nullptr;    // the type of x
  Object* obj = nullptr;   // the Var (field) or Func (method)
  std::vector<int> index;  // path through embedded fields, the last entry is obj's
  bool indirect = false;   // a pointer was dereferenced on the way
};

// One package-level variable initialization, in execution order.
struct Initializer {
  std::vector<Var*> lhs;  // several for `var a, b = f()`
  ast::Expr* rhs = nullptr;
};

class Info {
 public:
  // The facts recorded for expression e, or null if e was never checked
  // (e.g. it is in dead code after an error). Stored in e->type_info.
  const TypeAndValue* type_of(const ast::Expr* e) const {
    return static_cast<const TypeAndValue*>(e->type_info);
  }
  TypeAndValue* record(ast::Expr* e) {
    if (e->type_info == nullptr) e->type_info = &tvs_.emplace_back();
    return static_cast<TypeAndValue*>(e->type_info);
  }

  std::unordered_map<const ast::Ident*, Object*> defs;  // declaring identifiers
  std::unordered_map<const ast::Ident*, Object*> uses;  // referring identifiers
  // Objects declared without an identifier of their own: the per-clause
  // variable of a type switch (keyed by the CaseClause), imported package
  // names (keyed by the ImportSpec).
  std::unordered_map<const ast::Node*, Object*> implicits;
  std::unordered_map<const ast::SelectorExpr*, Selection> selections;
  std::unordered_map<const ast::Node*, Scope*> scopes;
  // Expressions used in a two-value ("comma, ok") context: v, ok := m[k],
  // x.(T), <-ch.
  std::unordered_set<const ast::Expr*> comma_ok;
  // Calls that are conversions T(x), and calls of builtins.
  std::unordered_set<const ast::CallExpr*> conversions;
  std::unordered_map<const ast::CallExpr*, BuiltinId> builtin_calls;
  // Per package, in dependency order of packages.
  std::vector<Initializer> init_order;

 private:
  std::deque<TypeAndValue> tvs_;
};

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_INFO_H_
