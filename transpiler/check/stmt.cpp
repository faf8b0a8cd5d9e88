// This file implements the checking of function bodies and statements:
// blocks and scopes, expression/send/inc-dec/assignment statements, go and
// defer, return, if, for, declarations in functions, and the report of
// unused variables (types2's stmt.go). Switch, select and range are in
// stmt_switch.cpp; terminating statements in return.cpp. Labels and
// break/continue/goto/fallthrough placement are checked by the parser, as
// gc's syntax package does.

#include <algorithm>

#include "check/checker.h"

namespace gocxx::check {

using scan::TokenKind;

void Checker::process_delayed(size_t top) {
  // Actions may add more actions; run until the list is back to `top`.
  for (size_t i = top; i < delayed_.size(); ++i) {
    auto action = std::move(delayed_[i]);
    action();
  }
  delayed_.resize(top);
}

void Checker::open_scope(ast::Node* n, std::string_view what) {
  Scope* s = prog_.objects.make_scope(env_.scope, what);
  if (n != nullptr) info_.scopes[n] = s;
  env_.scope = s;
}

void Checker::close_scope() { env_.scope = env_.scope->parent; }

void Checker::func_body(DeclInfo* decl, std::string_view name, Signature* sig, ast::BlockStmt* body,
                        Scope* scope) {
  (void)name;
  Env saved = env_;
  const constant::Value* iota = env_.iota;
  env_ = Env();
  env_.decl = decl;
  env_.scope = scope;
  env_.sig = sig;
  env_.func_scope = scope;
  env_.iota = iota;
  info_.scopes[body] = scope;
  stmt_list(0, body->stmts);
  if (sig->results->size() > 0 && !is_terminating(body, "")) error(body->rbrace, "missing return");
  usage(scope);
  env_ = saved;
}

void Checker::usage(Scope* scope) {
  std::vector<Var*> unused;
  for (Object* o : scope->objects()) {
    if (auto* v = dyn_cast<Var>(o); v != nullptr && !v->used) unused.push_back(v);
  }
  std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
  for (Var* v : unused) error(v->pos, std::string(v->name) + " declared but not used");
  for (Scope* child : scope->children) {
    if (!child->is_func) usage(child);
  }
}

void Checker::stmt_list(uint32_t ctxt, std::span<ast::Stmt*> list) {
  bool ok = (ctxt & kFallthroughOk) != 0;
  uint32_t inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  // Trailing empty statements are permitted: fallthrough is allowed in the
  // last non-empty statement only.
  size_t n = list.size();
  while (n > 0 && ast::isa<ast::EmptyStmt>(list[n - 1])) --n;
  for (size_t i = 0; i < list.size(); ++i) {
    uint32_t c = inner;
    if (ok && i + 1 == n) c |= kFallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::simple_stmt(ast::Stmt* s) {
  if (s != nullptr) stmt(0, s);
}

void Checker::suspended_call(std::string_view keyword, ast::CallExpr* call) {
  Operand x;
  call_kind_ = CallKind::Statement;
  raw_expr(x, call, nullptr, false);
  std::string msg;
  switch (call_kind_) {
    case CallKind::Conversion:
      msg = "requires function call, not conversion";
      break;
    case CallKind::Expression:
      msg = "discards result of";
      break;
    case CallKind::Statement:
      return;
  }
  error_at(call, std::string(keyword) + " " + msg + " " + describe(x));
}

void Checker::return_stmt(ast::ReturnStmt* s) {
  Tuple* res = env_.sig != nullptr ? env_.sig->results : types_.empty_tuple();
  if (s->results.empty() && res->size() > 0 && !res->vars[0]->name.empty()) {
    // Naked return: the named results must not be shadowed.
    for (Var* obj : res->vars) {
      Object* alt = env_.scope->lookup_parent(obj->name);
      if (alt != nullptr && alt != obj) {
        auto b = report(s->pos,
                        "result parameter " + std::string(obj->name) + " not in scope at return");
        b.note("\t" + pos_string(alt->pos) + ": inner declaration of var " +
               std::string(obj->name) + " " + type_str(alt->type));
      }
    }
    return;
  }
  std::vector<Var*> lhs(res->vars.begin(), res->vars.end());
  if (lhs.empty() && !s->results.empty()) {
    // Too many return values for a function without results.
    std::vector<Operand> rhs;
    bool comma_ok = false;
    expr_list(rhs, s->results, false, &comma_ok);
    for (Operand& x : rhs) {
      if (x.invalid()) return;
    }
    std::vector<Type*> have;
    for (Operand& x : rhs) have.push_back(x.type);
    auto b = report(ast::start_pos(rhs[0].expr), "too many return values");
    b.note("\thave " + types_summary(have, false));
    b.note("\twant ()");
    return;
  }
  init_vars(lhs, s->results, s);
}

void Checker::stmt(uint32_t ctxt, ast::Stmt* s0) {
  size_t top = delayed_.size();
  uint32_t inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s0->kind) {
    case ast::NodeKind::BadStmt:
    case ast::NodeKind::EmptyStmt:
      break;
    case ast::NodeKind::DeclStmt:
      decl_stmt(static_cast<ast::DeclStmt*>(s0)->decl);
      break;
    case ast::NodeKind::LabeledStmt: {
      auto* s = static_cast<ast::LabeledStmt*>(s0);
      env_.has_label = true;
      stmt(ctxt, s->stmt);
      break;
    }
    case ast::NodeKind::ExprStmt: {
      auto* s = static_cast<ast::ExprStmt*>(s0);
      Operand x;
      call_kind_ = CallKind::Expression;
      bool is_call = ast::isa<ast::CallExpr>(ast::unparen(s->x));
      bool is_recv = false;
      if (auto* u = ast::dyn_cast<ast::UnaryExpr>(ast::unparen(s->x)))
        is_recv = u->op == TokenKind::Arrow;
      raw_expr(x, s->x, nullptr, false);
      std::string msg;
      switch (x.mode) {
        case Mode::BuiltinMode:
          msg = "must be called";
          break;
        case Mode::TypeExpr:
          msg = "is not an expression";
          break;
        case Mode::Invalid:
          goto done;
        default:
          if ((is_call && call_kind_ == CallKind::Statement) ||
              (is_recv && x.mode != Mode::Invalid))
            goto done;
          msg = "is not used";
          break;
      }
      error_at(s->x, describe(x) + " " + msg);
      break;
    }
    case ast::NodeKind::SendStmt: {
      auto* s = static_cast<ast::SendStmt*>(s0);
      Operand ch, val;
      expr(ch, s->chan);
      expr(val, s->value);
      if (ch.invalid() || val.invalid()) break;
      auto* c = dyn_cast<Chan>(under(ch.type));
      if (c == nullptr) {
        errorf_invalid_op(s, "cannot send to non-channel " + describe(ch));
        break;
      }
      if (c->dir == ChanDir::RecvOnly) {
        errorf_invalid_op(s, "cannot send to receive-only channel " + describe(ch));
        break;
      }
      assignment(val, c->elem, "send");
      break;
    }
    case ast::NodeKind::IncDecStmt: {
      auto* s = static_cast<ast::IncDecStmt*>(s0);
      Operand x;
      expr(x, s->x);
      if (x.invalid()) break;
      if (!is_numeric(x.type)) {
        std::string op = s->tok == TokenKind::Inc ? "++" : "--";
        errorf_invalid_op(s->x,
                          expr_str(s->x) + op + " (non-numeric type " + type_str(x.type) + ")");
        break;
      }
      assign_var(s->x, x);
      break;
    }
    case ast::NodeKind::AssignStmt: {
      auto* s = static_cast<ast::AssignStmt*>(s0);
      if (s->tok == TokenKind::Assign) {
        assign_vars(s->lhs, s->rhs);
        break;
      }
      if (s->tok == TokenKind::Define) {
        short_var_decl(s->pos, s->lhs, s->rhs);
        break;
      }
      if (s->lhs.size() != 1 || s->rhs.size() != 1) {
        error(s->pos, "assignment operation " + std::string(scan::spelling(s->tok)) +
                          " requires single-valued expressions");
        break;
      }
      Operand x;
      binary(x, nullptr, s->lhs[0], s->rhs[0], scan::binary_op_of(s->tok), s->pos);
      assign_var(s->lhs[0], x);
      break;
    }
    case ast::NodeKind::GoStmt:
      suspended_call("go", static_cast<ast::GoStmt*>(s0)->call);
      break;
    case ast::NodeKind::DeferStmt:
      suspended_call("defer", static_cast<ast::DeferStmt*>(s0)->call);
      break;
    case ast::NodeKind::ReturnStmt:
      return_stmt(static_cast<ast::ReturnStmt*>(s0));
      break;
    case ast::NodeKind::BranchStmt:
      if (static_cast<ast::BranchStmt*>(s0)->label != nullptr) env_.has_label = true;
      break;
    case ast::NodeKind::BlockStmt: {
      auto* s = static_cast<ast::BlockStmt*>(s0);
      open_scope(s, "block");
      stmt_list(inner, s->stmts);
      close_scope();
      break;
    }
    case ast::NodeKind::IfStmt: {
      auto* s = static_cast<ast::IfStmt*>(s0);
      open_scope(s, "if");
      simple_stmt(s->init);
      Operand x;
      expr(x, s->cond);
      if (!x.invalid() && !is_boolean(x.type))
        error_at(s->cond, "non-boolean condition in if statement");
      stmt(inner, s->then);
      if (s->else_ != nullptr) stmt(inner, s->else_);
      close_scope();
      break;
    }
    case ast::NodeKind::SwitchStmt: {
      auto* s = static_cast<ast::SwitchStmt*>(s0);
      inner |= kBreakOk;
      open_scope(s, "switch");
      simple_stmt(s->init);
      if (auto* g = ast::dyn_cast<ast::TypeSwitchGuard>(s->tag)) {
        type_switch_stmt(inner | kInTypeSwitch, s, g);
      } else {
        switch_stmt(inner, s);
      }
      close_scope();
      break;
    }
    case ast::NodeKind::SelectStmt:
      select_stmt(inner | kBreakOk, static_cast<ast::SelectStmt*>(s0));
      break;
    case ast::NodeKind::ForStmt: {
      auto* s = static_cast<ast::ForStmt*>(s0);
      inner |= kBreakOk | kContinueOk;
      open_scope(s, "for");
      simple_stmt(s->init);
      if (s->cond != nullptr) {
        Operand x;
        expr(x, s->cond);
        if (!x.invalid() && !is_boolean(x.type))
          error_at(s->cond, "non-boolean condition in for statement");
      }
      simple_stmt(s->post);
      stmt(inner, s->body);
      close_scope();
      break;
    }
    case ast::NodeKind::RangeStmt:
      range_stmt(inner | kBreakOk | kContinueOk, static_cast<ast::RangeStmt*>(s0));
      break;
    default:
      error(s0->pos, "invalid statement");
      break;
  }
done:
  process_delayed(top);
}

// Declarations inside a function (types2's declStmt): each name's scope
// starts after its spec, so `x := 1; { var x = x }` refers to the outer x.
void Checker::decl_stmt(ast::GenDecl* d) {
  if (d == nullptr) return;
  ast::ValueSpec* last = nullptr;
  for (ast::Spec* spec : d->specs) {
    if (auto* s = ast::dyn_cast<ast::ValueSpec>(spec)) {
      size_t top = delayed_.size();
      if (d->tok == TokenKind::Const) {
        bool inherited = true;
        if (s->type != nullptr || !s->values.empty()) {
          last = s;
          inherited = false;
        }
        constant::Value iota = constant::make_int64(s->index);
        const constant::Value* saved_iota = env_.iota;
        env_.iota = &iota;
        std::vector<Const*> lhs;
        std::span<ast::Expr*> values = last != nullptr ? last->values : std::span<ast::Expr*>();
        for (size_t i = 0; i < s->names.size(); ++i) {
          ast::Ident* name = s->names[i];
          auto* obj =
              prog_.objects.make<Const>(name->name, name->pos, pkg_, nullptr, constant::Value());
          lhs.push_back(obj);
          const_decl(obj, last != nullptr ? last->type : nullptr,
                     i < values.size() ? values[i] : nullptr, inherited);
        }
        env_.iota = saved_iota;
        arity(s->pos, s->names, values, true, inherited);
        process_delayed(top);
        for (size_t i = 0; i < s->names.size(); ++i) declare(env_.scope, s->names[i], lhs[i]);
        continue;
      }
      std::vector<Var*> lhs0;
      for (ast::Ident* name : s->names)
        lhs0.push_back(prog_.objects.make<Var>(name->name, name->pos, pkg_, nullptr));
      std::span<ast::Expr*> values = s->values;
      for (size_t i = 0; i < lhs0.size(); ++i) {
        std::vector<Var*> lhs;
        ast::Expr* init = nullptr;
        if (values.size() == lhs0.size()) {
          init = values[i];
        } else if (values.size() == 1) {
          lhs = lhs0;
          init = values[0];
        } else if (i < values.size()) {
          init = values[i];
        }
        var_decl(lhs0[i], lhs, s->type, init);
        if (values.size() == 1) break;
      }
      if (s->type == nullptr || !values.empty()) arity(s->pos, s->names, values, false, false);
      process_delayed(top);
      for (size_t i = 0; i < s->names.size(); ++i) {
        if (lhs0[i]->type == nullptr) lhs0[i]->type = types_.invalid();
        declare(env_.scope, s->names[i], lhs0[i]);
      }
      continue;
    }
    if (auto* s = ast::dyn_cast<ast::TypeSpec>(spec)) {
      if (s->name == nullptr) continue;
      auto* obj = prog_.objects.make<TypeName>(s->name->name, s->name->pos, pkg_, nullptr);
      declare(env_.scope, s->name, obj);
      obj->color = Color::Grey;
      obj_path_.push_back(obj);
      type_decl(obj, s, nullptr);
      obj_path_.pop_back();
      obj->color = Color::Black;
    }
  }
}

}  // namespace gocxx::check
