// This file implements expression switches, type switches, select and
// range statements (types2's stmt.go: switchStmt, typeSwitchStmt,
// caseValues, caseTypes, rangeStmt and the SelectStmt case).

#include "check/checker.h"
#include "check/constant/format.h"

namespace gocxx::check {

using scan::TokenKind;

namespace {

// A key identifying a constant value for duplicate detection: numbers by
// their exact value regardless of representation.
std::string value_key(const constant::Value& v) {
  switch (v.kind()) {
    case constant::Kind::Int:
    case constant::Kind::Float: {
      constant::Value i = constant::to_int(v);
      if (i.kind() == constant::Kind::Int) return "n" + constant::to_exact_string(i);
      return "n" + constant::to_exact_string(v);
    }
    case constant::Kind::String:
      return "s" + constant::string_val(v);
    default:  // types2's goVal: booleans and complex values are not compared
      return "";
  }
}

}  // namespace

// types2's wording; "multiple defaults in select" (see select_stmt) is gc's
// older typechecker's, which reports it as types2 does not.
void Checker::multiple_defaults(std::span<ast::CaseClause*> body) {
  ast::CaseClause* first = nullptr;
  for (ast::CaseClause* c : body) {
    if (!c->is_default) continue;
    if (first != nullptr) {
      error(c->pos, "multiple defaults (first at " + pos_string(first->pos) + ")");
    } else {
      first = c;
    }
  }
}

void Checker::case_values(Operand& x, std::span<ast::Expr*> values, CaseValueMap& seen) {
  for (ast::Expr* e : values) {
    Operand v;
    expr(v, e);
    if (x.invalid() || v.invalid()) continue;
    convert_untyped(v, x.type);
    if (v.invalid()) continue;
    Operand res = v;
    comparison(res, x, TokenKind::Eql, true);
    if (res.invalid()) continue;
    if (v.mode != Mode::Constant) continue;
    std::string key = value_key(v.val);
    if (key.empty()) continue;
    bool dup = false;
    auto& same_value = seen[key];
    for (auto& [type, pos] : same_value) {
      if (identical(v.type, type)) {
        auto b =
            report(ast::start_pos(e), "duplicate case " + describe(v) + " in expression switch");
        b.note("\t" + pos_string(pos) + ": previous case");
        dup = true;
        break;
      }
    }
    // types2 notes the previous case at its operand's Pos(), the
    // significant token (the "(" of byte(0)), not its start.
    if (!dup) same_value.push_back({v.type, v.expr != nullptr ? v.expr->pos : e->pos});
  }
}

void Checker::switch_stmt(uint32_t inner, ast::SwitchStmt* s) {
  Operand x;
  if (s->tag != nullptr) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (!x.invalid() && !comparable(x.type, nullptr, pkg_) && !has_nil(x.type)) {
      error_at(s->tag,
               "cannot switch on " + describe(x) + " (" + type_str(x.type) + " is not comparable)");
      x.set_invalid();
    }
  } else {
    x.mode = Mode::Constant;
    x.type = types_.basic(BasicKind::Bool);
    x.val = constant::make_bool(true);
    x.expr = &true_ident_;
  }
  multiple_defaults(s->body);
  CaseValueMap seen;
  for (size_t i = 0; i < s->body.size(); ++i) {
    ast::CaseClause* clause = s->body[i];
    uint32_t c = inner;
    if (i + 1 < s->body.size()) {
      c |= kFallthroughOk;
    } else {
      c |= kFinalSwitchCase;
    }
    case_values(x, clause->list, seen);
    open_scope(clause, "case");
    stmt_list(c, clause->body);
    close_scope();
  }
}

void Checker::type_switch_stmt(uint32_t inner, ast::SwitchStmt* s, ast::TypeSwitchGuard* guard) {
  ast::Ident* lhs = guard->lhs;
  if (lhs != nullptr) {
    if (lhs->name == "_") {
      error(lhs->pos, "no new variable on left side of :=");
      lhs = nullptr;
    } else {
      record_def(lhs, nullptr);
    }
  }
  Operand x;
  expr(x, guard->x);
  if (x.invalid()) return;
  Operand* sx = nullptr;
  Interface* iface = dyn_cast<Interface>(under(x.type));
  if (iface != nullptr) {
    sx = &x;
  } else {
    error_at(guard->x, describe(x) + " is not an interface");
  }
  multiple_defaults(s->body);
  std::vector<Var*> lhs_vars;
  std::vector<std::pair<Type*, ast::Expr*>> seen;  // null type: nil
  for (ast::CaseClause* clause : s->body) {
    Type* T = nullptr;
    for (ast::Expr* e : clause->list) {
      bool is_nil = false;
      if (auto* id = ast::dyn_cast<ast::Ident>(ast::unparen(e))) {
        Object* o = env_.scope->lookup_parent(id->name);
        is_nil = isa<Nil>(o);
      }
      if (is_nil) {
        T = nullptr;
        Operand dummy;
        expr(dummy, e);
      } else {
        T = var_type(e);
        if (is_invalid(T)) continue;
      }
      bool dup = false;
      for (auto& [t, other] : seen) {
        if ((T == nullptr && t == nullptr) || (T != nullptr && t != nullptr && identical(T, t))) {
          auto b = report(ast::start_pos(e), "duplicate case " +
                                                 (T != nullptr ? type_str(T) : std::string("nil")) +
                                                 " in type switch");
          b.note("\t" + pos_string(ast::start_pos(other)) + ": previous case");
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen.push_back({T, e});
      if (sx != nullptr && T != nullptr) type_assertion(e, *sx, iface, T, true);
    }
    open_scope(clause, "case");
    if (lhs != nullptr) {
      if (clause->list.size() != 1 || T == nullptr) T = x.type;
      auto* obj = prog_.objects.make<Var>(lhs->name, lhs->pos, pkg_, T);
      declare(env_.scope, nullptr, obj);
      info_.implicits[clause] = obj;
      lhs_vars.push_back(obj);
    }
    stmt_list(inner, clause->body);
    close_scope();
  }
  if (lhs != nullptr) {
    bool used = false;
    for (Var* v : lhs_vars) {
      used = used || v->used;
      v->used = true;
    }
    if (!used) error(lhs->pos, std::string(lhs->name) + " declared but not used");
  }
}

void Checker::select_stmt(uint32_t inner, ast::SelectStmt* s) {
  ast::CommClause* first_default = nullptr;
  for (ast::CommClause* clause : s->body) {
    if (clause->comm == nullptr) {
      if (first_default != nullptr) {
        error(clause->pos,
              "multiple defaults in select (first at " + pos_string(first_default->pos) + ")");
      } else {
        first_default = clause;
      }
    }
  }
  for (ast::CommClause* clause : s->body) {
    bool valid = false;
    ast::Expr* rhs = nullptr;
    if (clause->comm == nullptr || ast::isa<ast::SendStmt>(clause->comm)) {
      valid = true;
    } else if (auto* a = ast::dyn_cast<ast::AssignStmt>(clause->comm)) {
      if (a->rhs.size() == 1) rhs = a->rhs[0];
    } else if (auto* es = ast::dyn_cast<ast::ExprStmt>(clause->comm)) {
      rhs = es->x;
    }
    if (rhs != nullptr) {
      if (auto* u = ast::dyn_cast<ast::UnaryExpr>(ast::unparen(rhs));
          u != nullptr && u->op == TokenKind::Arrow) {
        valid = true;
      }
    }
    if (!valid) {
      error_at(clause->comm, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    open_scope(clause, "case");
    if (clause->comm != nullptr) stmt(inner, clause->comm);
    stmt_list(inner, clause->body);
    close_scope();
  }
}

void Checker::range_stmt(uint32_t inner, ast::RangeStmt* s) {
  ast::Expr* skey = s->lhs.size() > 0 ? s->lhs[0] : nullptr;
  ast::Expr* svalue = s->lhs.size() > 1 ? s->lhs[1] : nullptr;
  ast::Expr* sextra = s->lhs.size() > 2 ? s->lhs[2] : nullptr;
  Operand x;
  expr(x, s->x);
  Type* key = nullptr;
  Type* val = nullptr;
  if (!x.invalid()) {
    std::string cause;
    Type* u = under(x.type);
    if (auto* c = dyn_cast<Chan>(u)) {
      if (svalue != nullptr) {
        error_at(svalue, "range over " + describe(x) + " permits only one iteration variable");
      }
      if (c->dir == ChanDir::SendOnly) cause = "receive from send-only channel";
    } else if (sextra != nullptr) {
      error_at(sextra, "range clause permits at most two iteration variables");
    }
    Type* ru = u;
    if (auto* p = dyn_cast<Pointer>(ru)) {
      if (auto* a = dyn_cast<Array>(under(p->elem))) ru = a;
    }
    switch (ru->kind) {
      case TypeKind::Basic:
        if (is_string(ru)) {
          key = types_.basic(BasicKind::Int);
          val = types_.rune_type();
        }
        break;
      case TypeKind::Array:
        key = types_.basic(BasicKind::Int);
        val = static_cast<Array*>(ru)->elem;
        break;
      case TypeKind::Slice:
        key = types_.basic(BasicKind::Int);
        val = static_cast<Slice*>(ru)->elem;
        break;
      case TypeKind::Map:
        key = static_cast<Map*>(ru)->key;
        val = static_cast<Map*>(ru)->elem;
        break;
      case TypeKind::Chan:
        key = static_cast<Chan*>(ru)->elem;
        val = types_.invalid();
        break;
      default:
        break;
    }
    if (key == nullptr || !cause.empty()) {
      if (cause.empty()) {
        error_at(s->x, "cannot range over " + describe(x));
      } else {
        error_at(s->x, "cannot range over " + describe(x) + " (" + cause + ")");
      }
      key = val = nullptr;
    }
    if (is_untyped(x.type) && !x.invalid()) convert_untyped(x, default_type(x.type));
  }
  open_scope(s, "range");
  ast::Expr* lhs[2] = {skey, svalue};
  Type* rhs[2] = {key, val};
  if (s->define) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; ++i) {
      if (lhs[i] == nullptr) continue;
      Var* obj = nullptr;
      if (auto* id = ast::dyn_cast<ast::Ident>(lhs[i])) {
        obj = prog_.objects.make<Var>(id->name, id->pos, pkg_, nullptr);
        record_def(id, obj);
        if (id->name != "_") vars.push_back(obj);
      } else {
        error_at(lhs[i], "cannot declare " + expr_str(lhs[i]));
        obj = prog_.objects.make<Var>("_", ast::start_pos(lhs[i]), pkg_, nullptr);
      }
      if (rhs[i] != nullptr) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        init_var(obj, v, "range clause");
      } else {
        obj->type = types_.invalid();
        obj->used = true;
      }
    }
    if (!vars.empty()) {
      for (Var* v : vars) declare(env_.scope, nullptr, v);
    } else if (!s->lhs.empty()) {
      error(s->pos, "no new variables on left side of :=");
    }
  } else {
    for (int i = 0; i < 2; ++i) {
      if (lhs[i] == nullptr || rhs[i] == nullptr) continue;
      Operand v;
      v.mode = Mode::Value;
      v.expr = lhs[i];
      v.type = rhs[i];
      assign_var(lhs[i], v);
    }
  }
  stmt(inner, s->body);
  close_scope();
}

}  // namespace gocxx::check
