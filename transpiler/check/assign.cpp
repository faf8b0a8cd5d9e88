// This file implements assignability and assignments: single and parallel
// assignments, variable initialization, short variable declarations and
// the arity errors gc reports for them (types2's assignments.go and
// operand.assignableTo).

#include "check/checker.h"

namespace gocxx::check {

namespace {

bool has_name(const Type* t) { return isa<Basic>(t) || isa<Named>(t); }

std::string measure(size_t n, const std::string& unit) {
  return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
}

}  // namespace

bool Checker::assignable_to(Operand& x, Type* T, std::string* reason) {
  if (x.invalid() || is_invalid(T)) return true;
  Type* V = x.type;
  if (identical(V, T)) return true;
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (is_untyped(Vu)) {
    Operand copy = x;
    int failure = 0;
    return implicit_type_and_value(copy, T, &failure) != nullptr;
  }
  if (identical(Vu, Tu) && (!has_name(V) || !has_name(T))) return true;
  auto is_iface_ptr = [](Type* t) {
    auto* p = dyn_cast<Pointer>(under(t));
    return p != nullptr && is_interface(p->elem);
  };
  if (isa<Interface>(Tu) || is_iface_ptr(Tu)) {
    std::string cause;
    if (!implements(V, T, &cause)) {
      if (reason != nullptr) *reason = cause;
      return false;
    }
    return true;
  }
  if (isa<Interface>(Vu)) {
    if (implements(T, V, nullptr)) {
      if (reason != nullptr) *reason = "need type assertion";
      return false;
    }
  }
  if (auto* vc = dyn_cast<Chan>(Vu); vc != nullptr && vc->dir == ChanDir::SendRecv) {
    if (auto* tc = dyn_cast<Chan>(Tu); tc != nullptr && identical(vc->elem, tc->elem)) {
      return !has_name(V) || !has_name(T);
    }
  }
  return false;
}

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  single_value(x);
  switch (x.mode) {
    case Mode::Invalid:
      return;
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::NilValue:
    case Mode::CommaOk:
      break;
    default:
      error_at(x.expr, "cannot assign " + describe(x) + " to " + type_str(T) + " in " + context);
      x.set_invalid();
      return;
  }
  if (is_untyped(x.type)) {
    Type* target = T;
    if (x.is_nil()) {
      if (T == nullptr) {
        error_at(x.expr, "use of untyped nil in " + context);
        x.set_invalid();
        return;
      }
    } else if (T == nullptr || is_interface(T)) {
      target = default_type(x.type);
    }
    Operand copy = x;
    int failure = 0;
    Type* new_type = implicit_type_and_value(copy, target, &failure);
    if (new_type == nullptr) {
      std::string msg =
          "cannot use " + describe(x) + " as " + type_str(target) + " value in " + context;
      if (failure == 2) msg += " (truncated)";
      if (failure == 3) msg += " (overflows)";
      error_at(x.expr, msg);
      x.set_invalid();
      return;
    }
    if (x.mode == Mode::Constant) x.val = copy.val;
    if (new_type != x.type) {
      x.type = new_type;
      update_expr_type(x.expr, new_type, false);
    }
  }
  if (T == nullptr) return;
  std::string reason;
  if (!assignable_to(x, T, &reason)) {
    if (!reason.empty()) {
      // gc prints the reason on the next line, indented by a tab.
      std::vector<std::string> notes;
      size_t start = 0;
      std::string r = "\t" + reason;
      while (start <= r.size()) {
        size_t nl = r.find('\n', start);
        notes.push_back(r.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (nl == std::string::npos) break;
        start = nl + 1;
      }
      report(ast::start_pos(x.expr),
             "cannot use " + describe(x) + " as type " + type_str(T) + " in " + context + ":",
             notes);
    } else {
      error_at(x.expr, "cannot use " + describe(x) + " as type " + type_str(T) + " in " + context);
    }
    x.set_invalid();
  }
}

void Checker::init_var(Var* lhs, Operand& x, const std::string& context) {
  if (x.invalid() || is_invalid(x.type) || (lhs->type != nullptr && is_invalid(lhs->type))) {
    if (lhs->type == nullptr) lhs->type = types_.invalid();
    lhs->used = true;
    return;
  }
  if (lhs->type == nullptr) {
    Type* typ = x.type;
    if (is_untyped(typ)) {
      if (is_basic_kind(typ, BasicKind::UntypedNil)) {
        error_at(x.expr, "use of untyped nil in " + context);
        lhs->type = types_.invalid();
        return;
      }
      typ = default_type(typ);
    }
    lhs->type = typ;
  }
  assignment(x, lhs->type, context);
  if (x.invalid()) lhs->used = true;
}

// Evaluates the right-hand sides of an assignment or return: one operand per
// value, a multi-value call unpacked, and a comma-ok expression giving two
// operands when allow_comma_ok.
void Checker::expr_list(std::vector<Operand>& out, std::span<ast::Expr*> elist, bool allow_comma_ok,
                        bool* comma_ok) {
  *comma_ok = false;
  if (elist.size() == 1) {
    multi_expr(out, elist[0], allow_comma_ok);
    if (allow_comma_ok && out.size() == 2 &&
        (out[0].mode == Mode::MapIndex || out[0].mode == Mode::CommaOk)) {
      *comma_ok = true;
      info_.comma_ok.insert(elist[0]);
    }
    return;
  }
  for (ast::Expr* e : elist) {
    Operand x;
    expr(x, e);
    out.push_back(x);
  }
}

std::string Checker::types_summary(const std::vector<Type*>& list, bool variadic) {
  std::string out = "(";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    Type* t = list[i];
    if (t == nullptr || is_invalid(t)) {
      out += "<T>";
    } else if (is_untyped(t)) {
      if (is_numeric(t)) {
        out += "number";
      } else {
        std::string_view n = static_cast<Basic*>(under(t))->name;
        if (n.substr(0, 8) == "untyped ") n.remove_prefix(8);
        out += n;
      }
    } else if (variadic && i + 1 == list.size()) {
      out += "..." + type_str(static_cast<Slice*>(t)->elem);
    } else {
      out += type_str(t);
    }
  }
  return out + ")";
}

void Checker::assign_error(std::span<ast::Expr*> rhs, size_t nvars, size_t nvals) {
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  ast::Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto* call = ast::dyn_cast<ast::CallExpr>(ast::unparen(rhs0))) {
      error_at(rhs0,
               "assignment mismatch: " + vars + " but " + expr_str(call->fun) + " returns " + vals);
      return;
    }
  }
  error_at(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

void Checker::init_vars(std::vector<Var*>& lhs, std::span<ast::Expr*> orig_rhs,
                        ast::Node* return_stmt) {
  std::vector<Operand> rhs;
  bool comma_ok = false;
  expr_list(rhs, orig_rhs, lhs.size() == 2 && return_stmt == nullptr, &comma_ok);
  if (lhs.size() != rhs.size()) {
    for (Var* v : lhs) {
      v->used = true;
      if (v->type == nullptr) v->type = types_.invalid();
    }
    for (Operand& x : rhs) {
      if (x.invalid()) return;
    }
    if (return_stmt != nullptr) {
      Pos at = return_stmt->pos;
      std::string qualifier = "not enough";
      if (rhs.size() > lhs.size()) {
        at = ast::start_pos(rhs[lhs.size()].expr);
        qualifier = "too many";
      } else if (!rhs.empty()) {
        at = ast::start_pos(rhs.back().expr);
      }
      std::vector<Type*> have, want;
      for (Operand& x : rhs) have.push_back(x.type);
      for (Var* v : lhs) want.push_back(v->type);
      report(at, qualifier + " return values",
             {"\thave " + types_summary(have, false), "\twant " + types_summary(want, false)});
      return;
    }
    assign_error(orig_rhs, lhs.size(), rhs.size());
    return;
  }
  std::string context = return_stmt != nullptr ? "return statement" : "assignment";
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i) {
    init_var(lhs[i], rhs[i], context);
    if (rhs[i].invalid()) ok = false;
  }
  if (!ok) {
    for (Var* v : lhs) v->used = true;
  }
}

Var* Checker::lookup_local_var(ast::Expr* lhs) {
  auto* id = ast::dyn_cast<ast::Ident>(ast::unparen(lhs));
  if (id == nullptr || env_.scope == nullptr) return nullptr;
  auto* v = dyn_cast<Var>(env_.scope->lookup_parent(id->name));
  return v != nullptr && v->pkg == pkg_ ? v : nullptr;
}

void Checker::assign_var(ast::Expr* lhs, Operand& x) {
  if (x.invalid() || is_invalid(x.type)) {
    use_exprs(std::span<ast::Expr*>(&lhs, 1));  // a use, as in Go 1.19's types2
    return;
  }
  auto* id = ast::dyn_cast<ast::Ident>(ast::unparen(lhs));
  if (id != nullptr && id->name == "_") {
    record_def(id, nullptr);
    assignment(x, nullptr, "assignment to _ identifier");
    return;
  }
  Var* v = lookup_local_var(lhs);
  bool v_used = v != nullptr && v->used;
  Operand z;
  expr(z, lhs);
  if (v != nullptr) v->used = v_used;
  if (z.invalid() || is_invalid(z.type)) return;
  switch (z.mode) {
    case Mode::Variable:
    case Mode::MapIndex:
      break;
    default: {
      if (auto* sel = ast::dyn_cast<ast::SelectorExpr>(z.expr)) {
        const TypeAndValue* tv = info_.type_of(sel->x);
        if (tv != nullptr && tv->mode == Mode::MapIndex) {
          error_at(z.expr, "cannot assign to struct field " + expr_str(z.expr) + " in map");
          return;
        }
      }
      error_at(z.expr, "cannot assign to " + describe(z));
      return;
    }
  }
  assignment(x, z.type, "assignment");
}

void Checker::assign_vars(std::span<ast::Expr*> lhs, std::span<ast::Expr*> orig_rhs) {
  std::vector<Operand> rhs;
  bool comma_ok = false;
  expr_list(rhs, orig_rhs, lhs.size() == 2, &comma_ok);
  if (lhs.size() != rhs.size()) {
    use_exprs(lhs);  // Go 1.19's types2 "uses" them: no "declared but not used" follows
    for (Operand& x : rhs) {
      if (x.invalid()) return;
    }
    assign_error(orig_rhs, lhs.size(), rhs.size());
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i) {
    assign_var(lhs[i], rhs[i]);
    if (rhs[i].invalid()) ok = false;
  }
  if (!ok) {
    for (ast::Expr* l : lhs) {
      if (Var* v = lookup_local_var(l)) v->used = true;
    }
  }
}

void Checker::short_var_decl(Pos pos, std::span<ast::Expr*> lhs, std::span<ast::Expr*> rhs) {
  size_t top = delayed_.size();
  Scope* scope = env_.scope;
  std::vector<std::string_view> seen;
  std::vector<Var*> lhs_vars(lhs.size(), nullptr);
  std::vector<std::pair<Var*, ast::Ident*>> new_vars;
  bool has_err = false;
  for (size_t i = 0; i < lhs.size(); ++i) {
    auto* id = ast::dyn_cast<ast::Ident>(lhs[i]);
    if (id == nullptr) {
      use_exprs(lhs.subspan(i, 1));
      error_at(lhs[i], "non-name " + expr_str(lhs[i]) + " on left side of :=");
      has_err = true;
      continue;
    }
    std::string_view name = id->name;
    if (name != "_") {
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        error(id->pos, std::string(name) + " repeated on left side of :=");
        has_err = true;
        continue;
      }
      seen.push_back(name);
    }
    if (Object* alt = scope->lookup(name)) {
      record_use(id, alt);
      if (auto* v = dyn_cast<Var>(alt)) {
        lhs_vars[i] = v;
      } else {
        error(id->pos, "cannot assign to " + expr_str(lhs[i]));
        has_err = true;
      }
      continue;
    }
    auto* v = prog_.objects.make<Var>(name, id->pos, pkg_, nullptr);
    lhs_vars[i] = v;
    if (name != "_") new_vars.push_back({v, id});
    record_def(id, v);
  }
  for (size_t i = 0; i < lhs_vars.size(); ++i) {
    if (lhs_vars[i] == nullptr)
      lhs_vars[i] = prog_.objects.make<Var>("_", ast::start_pos(lhs[i]), pkg_, nullptr);
  }
  init_vars(lhs_vars, rhs, nullptr);
  process_delayed(top);
  if (new_vars.empty() && !has_err) {
    error(pos, "no new variables on left side of :=");
    return;
  }
  for (auto& [v, id] : new_vars) declare(scope, nullptr, v);
}

void Checker::use_exprs(std::span<ast::Expr*> list) {
  for (ast::Expr* e : list) {
    if (e == nullptr) continue;
    // As types2's use: evaluating a blank identifier would be an error.
    if (auto* id = ast::dyn_cast<ast::Ident>(e); id != nullptr && id->name == "_") continue;
    Operand x;
    raw_expr(x, e, nullptr, false);
  }
}

}  // namespace gocxx::check
