// This file implements terminating statements (the spec's "Terminating
// statements"), used for "missing return" (types2's return.go).

#include "check/checker.h"

namespace gocxx::check {

using scan::TokenKind;

namespace {

bool has_break(ast::Stmt* s, std::string_view label, bool implicit);

bool has_break_list(std::span<ast::Stmt*> list, std::string_view label, bool implicit) {
  for (ast::Stmt* s : list) {
    if (has_break(s, label, implicit)) return true;
  }
  return false;
}

// Whether s is or contains a break referring to the statement labeled
// `label`, or (implicit) to the closest enclosing breakable statement.
bool has_break(ast::Stmt* s0, std::string_view label, bool implicit) {
  switch (s0->kind) {
    case ast::NodeKind::LabeledStmt:
      return has_break(static_cast<ast::LabeledStmt*>(s0)->stmt, label, implicit);
    case ast::NodeKind::BranchStmt: {
      auto* s = static_cast<ast::BranchStmt*>(s0);
      if (s->tok == TokenKind::Break) {
        if (s->label == nullptr) return implicit;
        if (s->label->name == label) return true;
      }
      return false;
    }
    case ast::NodeKind::BlockStmt:
      return has_break_list(static_cast<ast::BlockStmt*>(s0)->stmts, label, implicit);
    case ast::NodeKind::IfStmt: {
      auto* s = static_cast<ast::IfStmt*>(s0);
      return has_break(s->then, label, implicit) ||
             (s->else_ != nullptr && has_break(s->else_, label, implicit));
    }
    case ast::NodeKind::SwitchStmt:
      if (!label.empty()) {
        for (ast::CaseClause* c : static_cast<ast::SwitchStmt*>(s0)->body) {
          if (has_break_list(c->body, label, false)) return true;
        }
      }
      return false;
    case ast::NodeKind::SelectStmt:
      if (!label.empty()) {
        for (ast::CommClause* c : static_cast<ast::SelectStmt*>(s0)->body) {
          if (has_break_list(c->body, label, false)) return true;
        }
      }
      return false;
    case ast::NodeKind::ForStmt:
      return !label.empty() && has_break(static_cast<ast::ForStmt*>(s0)->body, label, false);
    case ast::NodeKind::RangeStmt:
      return !label.empty() && has_break(static_cast<ast::RangeStmt*>(s0)->body, label, false);
    default:
      return false;
  }
}

}  // namespace

bool Checker::is_terminating_list(std::span<ast::Stmt*> list, std::string_view label) {
  for (size_t i = list.size(); i > 0; --i) {
    if (!ast::isa<ast::EmptyStmt>(list[i - 1])) return is_terminating(list[i - 1], label);
  }
  return false;
}

bool Checker::is_terminating(ast::Stmt* s0, std::string_view label) {
  switch (s0->kind) {
    case ast::NodeKind::LabeledStmt: {
      auto* s = static_cast<ast::LabeledStmt*>(s0);
      return is_terminating(s->stmt, s->label->name);
    }
    case ast::NodeKind::ExprStmt: {
      auto* call = ast::dyn_cast<ast::CallExpr>(ast::unparen(static_cast<ast::ExprStmt*>(s0)->x));
      return call != nullptr && panic_calls_.count(call) != 0;
    }
    case ast::NodeKind::ReturnStmt:
      return true;
    case ast::NodeKind::BranchStmt: {
      auto tok = static_cast<ast::BranchStmt*>(s0)->tok;
      return tok == TokenKind::Goto || tok == TokenKind::Fallthrough;
    }
    case ast::NodeKind::BlockStmt:
      return is_terminating_list(static_cast<ast::BlockStmt*>(s0)->stmts, "");
    case ast::NodeKind::IfStmt: {
      auto* s = static_cast<ast::IfStmt*>(s0);
      return s->else_ != nullptr && is_terminating(s->then, "") && is_terminating(s->else_, "");
    }
    case ast::NodeKind::SwitchStmt: {
      bool has_default = false;
      for (ast::CaseClause* c : static_cast<ast::SwitchStmt*>(s0)->body) {
        if (c->is_default) has_default = true;
        if (!is_terminating_list(c->body, "") || has_break_list(c->body, label, true)) return false;
      }
      return has_default;
    }
    case ast::NodeKind::SelectStmt:
      for (ast::CommClause* c : static_cast<ast::SelectStmt*>(s0)->body) {
        if (!is_terminating_list(c->body, "") || has_break_list(c->body, label, true)) return false;
      }
      return true;
    case ast::NodeKind::ForStmt: {
      auto* s = static_cast<ast::ForStmt*>(s0);
      return s->cond == nullptr && !has_break(s->body, label, true);
    }
    default:
      return false;
  }
}

}  // namespace gocxx::check
