// This file implements error reporting and operand descriptions in gc's
// form (types2's errors.go and operandString).

#include "check/checker.h"
#include "check/constant/format.h"
#include "parse/print.h"

namespace gocxx::check {

// types2's "cheap trick" (Checker.err): once the package has an error, a
// message mentioning "invalid operand" or "invalid type" anywhere but at its
// start is a follow-on error (e.g. `have m() (invalid type)` after
// `undefined: xxxx`) and is not reported. Otherwise notes that an error was
// reported.
bool Checker::follow_on_error(std::string_view msg) {
  if (reported_error_) {
    for (std::string_view s : {"invalid operand", "invalid type"}) {
      size_t i = msg.find(s);
      if (i != std::string_view::npos && i > 0) return true;
    }
  }
  reported_error_ = true;
  return false;
}

base::Diagnostics::Builder Checker::report(Pos pos, std::string msg) {
  if (follow_on_error(msg)) return base::Diagnostics::Builder(nullptr);
  return diags_.error(env_.errpos.is_valid() ? env_.errpos : pos, std::move(msg));
}

void Checker::report(Pos pos, std::string msg, const std::vector<std::string>& notes) {
  std::string whole = msg;
  for (const std::string& n : notes) whole += "\n" + n;
  if (follow_on_error(whole)) return;
  auto b = diags_.error(env_.errpos.is_valid() ? env_.errpos : pos, std::move(msg));
  for (const std::string& n : notes) b.note(n);
}

void Checker::error(Pos pos, std::string msg) {
  if (!follow_on_error(msg))
    diags_.error(env_.errpos.is_valid() ? env_.errpos : pos, std::move(msg));
}

void Checker::error_at(const ast::Node* n, std::string msg) {
  error(ast::start_pos(n), std::move(msg));
}

void Checker::errorf_invalid_op(const ast::Node* n, std::string msg) {
  error(ast::start_pos(n), "invalid operation: " + msg);
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
