// This file implements error reporting and operand descriptions in gc's
// form (types2's errors.go and operandString).

#include "check/checker.h"
#include "check/constant/format.h"
#include "parse/print.h"

namespace gocxx::check {

base::Diagnostics::Builder Checker::report(Pos pos, std::string msg) {
  return diags_.error(pos, std::move(msg));
}

void Checker::error(Pos pos, std::string msg) { diags_.error(pos, std::move(msg)); }

void Checker::error_at(const ast::Node* n, std::string msg) {
  diags_.error(ast::start_pos(n), std::move(msg));
}

void Checker::errorf_invalid_op(const ast::Node* n, std::string msg) {
  diags_.error(ast::start_pos(n), "invalid operation: " + msg);
}

std::string Checker::expr_str(const ast::Node* n) { return ast::to_string(n); }

// expr (<untyped kind> <mode> [value] [of type T])
std::string Checker::describe(const Operand& x) {
  if (x.mode == Mode::NilValue) {
    if (x.type == nullptr || is_invalid(x.type)) return "nil (with invalid type)";
    if (is_basic_kind(x.type, BasicKind::UntypedNil)) return "nil";
    return "nil (of type " + type_str(x.type) + ")";
  }
  std::string expr;
  if (x.expr != nullptr) {
    expr = expr_str(x.expr);
  } else if (x.mode == Mode::TypeExpr) {
    expr = type_str(x.type);
  } else if (x.mode == Mode::Constant) {
    expr = constant::to_string(x.val);
  }
  std::string out;
  if (!expr.empty()) {
    out += expr;
    out += " (";
  }
  bool has_type = false;
  switch (x.mode) {
    case Mode::Invalid:
    case Mode::NoValue:
    case Mode::BuiltinMode:
    case Mode::TypeExpr:
      break;
    default:
      if (x.type != nullptr) {
        if (is_untyped(x.type)) {
          out += static_cast<Basic*>(under(x.type))->name;
          out += ' ';
        } else {
          has_type = true;
        }
      }
  }
  out += mode_text(x.mode);
  if (x.mode == Mode::Constant) {
    std::string s = constant::to_string(x.val);
    if (s != expr) {
      out += ' ';
      out += s;
    }
  }
  if (has_type) {
    if (!is_invalid(x.type)) {
      out += " of type ";
      out += type_str(x.type);
    } else {
      out += " with invalid type";
    }
  }
  if (!expr.empty()) out += ')';
  return out;
}

}  // namespace gocxx::check
