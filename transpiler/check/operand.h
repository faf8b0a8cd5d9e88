// This file implements Operand, the result of checking an expression
// (types2's operand): its mode, type, constant value and the expression.

#ifndef GOCXX_CHECK_OPERAND_H_
#define GOCXX_CHECK_OPERAND_H_

#include "check/constant/value.h"
#include "check/info.h"
#include "check/objects.h"
#include "check/types.h"
#include "parse/ast.h"

namespace gocxx::check {

struct Operand {
  Mode mode = Mode::Invalid;
  ast::Expr* expr = nullptr;  // the expression, null for synthesized operands
  Type* type = nullptr;
  constant::Value val;                    // for Mode::Constant
  BuiltinId builtin_id = BuiltinId::Len;  // for Mode::BuiltinMode

  bool invalid() const { return mode == Mode::Invalid; }
  void set_invalid() { mode = Mode::Invalid; }
  bool is_nil() const { return mode == Mode::NilValue; }
  // Whether x is an addressable variable (as opposed to a value or a map index).
  bool addressable() const { return mode == Mode::Variable; }
};

// Mode bit sets for Checker::exclude.
inline constexpr uint32_t mode_bit(Mode m) { return 1u << static_cast<unsigned>(m); }

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_OPERAND_H_
