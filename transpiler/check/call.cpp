// This file implements calls (function calls, conversions, builtins),
// argument passing with variadics, and selectors x.f: qualified
// identifiers, fields, methods, method values and method expressions
// (types2's call.go).

#include "check/checker.h"
#include "check/std_api.h"

namespace gocxx::check {

void Checker::call_expr(Operand& x, ast::CallExpr* call) {
  expr_or_type(x, call->fun, true);
  switch (x.mode) {
    case Mode::Invalid:
      use_exprs(call->args);
      x.expr = call;
      call_kind_ = CallKind::Statement;
      return;
    case Mode::TypeExpr: {
      Type* T = x.type;
      x.set_invalid();
      size_t n = call->args.size();
      if (n == 0) {
        error_at(call, "missing argument in conversion to " + type_str(T));
      } else if (n == 1) {
        expr(x, call->args[0]);
        if (!x.invalid()) {
          if (auto* t = dyn_cast<Interface>(under(T));
              t != nullptr && t->is_comparable_constraint) {
            error_at(call,
                     "cannot use interface " + type_str(T) +
                         " in conversion (contains specific type constraints or is comparable)");
            x.set_invalid();
            break;
          }
          if (call->has_dots) {
            error_at(call->args[0], "invalid use of ... in type conversion to " + type_str(T));
            x.set_invalid();
            break;
          }
          conversion(x, T);
        }
      } else {
        use_exprs(call->args);
        error_at(call->args[n - 1], "too many arguments in conversion to " + type_str(T));
      }
      x.expr = call;
      if (!x.invalid()) info_.conversions.insert(call);
      call_kind_ = CallKind::Conversion;
      return;
    }
    case Mode::BuiltinMode: {
      BuiltinId id = x.builtin_id;
      if (!builtin(x, call, id)) x.set_invalid();
      x.expr = call;
      if (!x.invalid() && x.mode != Mode::Constant) env_.has_call_or_recv = true;
      info_.builtin_calls[call] = id;
      switch (id) {
        case BuiltinId::Close:
        case BuiltinId::Copy:
        case BuiltinId::Delete:
        case BuiltinId::Panic:
        case BuiltinId::Print:
        case BuiltinId::Println:
        case BuiltinId::Recover:
          call_kind_ = CallKind::Statement;
          break;
        default:
          call_kind_ = CallKind::Expression;
      }
      return;
    }
    default:
      break;
  }
  auto* sig = dyn_cast<Signature>(under(x.type));
  if (is_invalid(x.type)) {  // e.g. a rejected generic function: no follow-on error
    use_exprs(call->args);
    x.set_invalid();
    x.expr = call;
    call_kind_ = CallKind::Statement;
    return;
  }
  if (sig == nullptr) {
    errorf_invalid_op(x.expr, "cannot call non-function " + describe(x));
    x.set_invalid();
    x.expr = call;
    call_kind_ = CallKind::Statement;
    return;
  }
  std::vector<Operand> args;
  bool comma_ok = false;
  expr_list(args, call->args, false, &comma_ok);
  arguments(call, sig, args, call->fun, call->args);
  size_t nres = sig->results->size();
  if (nres == 0) {
    x.mode = Mode::NoValue;
  } else if (nres == 1) {
    x.mode = Mode::Value;
    x.type = sig->results->vars[0]->type;
  } else {
    x.mode = Mode::Value;
    x.type = sig->results;
  }
  x.expr = call;
  env_.has_call_or_recv = true;
  call_kind_ = CallKind::Statement;
}

void Checker::arguments(ast::CallExpr* call, Signature* sig, std::vector<Operand>& args,
                        ast::Expr* fun_expr, std::span<ast::Expr*> arg_exprs) {
  for (Operand& a : args) {
    if (a.mode == Mode::TypeExpr) {
      error_at(a.expr, describe(a) + " used as value");
      return;
    }
    if (a.invalid()) return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params->size();
  bool ddd = call->has_dots;
  std::vector<Type*> par_types;
  for (Var* v : sig->params->vars) par_types.push_back(v->type);
  if (sig->variadic) {
    if (ddd) {
      if (arg_exprs.size() == 1 && nargs > 1) {
        error_at(call, "cannot use ... with " + std::to_string(nargs) + "-valued " +
                           expr_str(arg_exprs[0]));
        return;
      }
    } else {
      if (nargs + 1 >= npars) {
        Type* elem = static_cast<Slice*>(par_types.back())->elem;
        par_types.pop_back();
        while (par_types.size() < nargs) par_types.push_back(elem);
        npars = nargs;
      } else {
        --npars;
      }
    }
  } else if (ddd) {
    error_at(call, "cannot use ... in call to non-variadic " + expr_str(fun_expr));
    return;
  }
  if (nargs != npars) {
    Pos at = ast::start_pos(call);
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = ast::start_pos(args[npars].expr);
      qualifier = "too many";
    } else if (nargs > 0) {
      at = ast::start_pos(args[nargs - 1].expr);
    }  // else at the call, as types2 (go/types reports at the ")")
    std::vector<Type*> have, want;
    for (Operand& a : args) have.push_back(a.type);
    for (Var* v : sig->params->vars) want.push_back(v->type);
    report(
        at, qualifier + " arguments in call to " + expr_str(fun_expr),
        {"\thave " + types_summary(have, false), "\twant " + types_summary(want, sig->variadic)});
    return;
  }
  std::string context = "argument to " + expr_str(fun_expr);
  for (size_t i = 0; i < args.size(); ++i) assignment(args[i], par_types[i], context);
}

std::string Checker::lookup_error(Type* T, std::string_view sel) {
  std::string why = "type " + type_str(T) + " has no field or method " + std::string(sel);
  if (!sel.empty()) {
    std::string change(sel);
    char c = change[0];
    if (c >= 'A' && c <= 'Z') {
      change[0] = static_cast<char>(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      change[0] = static_cast<char>(c - 'a' + 'A');
    }
    if (change != sel && lookup_field_or_method(T, false, pkg_, change).obj != nullptr) {
      why += ", but does have " + change;
    }
  }
  return why;
}

void Checker::selector(Operand& x, ast::SelectorExpr* e, Named* def, bool want_type) {
  (void)want_type;
  std::string_view sel = e->sel->name;
  if (auto* ident = ast::dyn_cast<ast::Ident>(e->x)) {
    Object* obj = env_.scope != nullptr ? env_.scope->lookup_parent(ident->name) : nullptr;
    if (auto* pname = dyn_cast<PkgName>(obj)) {
      record_use(ident, pname);
      pname->used = true;
      Package* pkg = pname->imported;
      Object* exp = pkg->scope->lookup(sel);
      x.expr = e;
      if (exp == nullptr) {
        std::string qualified = std::string(ident->name) + "." + std::string(sel);
        if (pkg->fake) {
          // Its import was reported.
        } else if (pkg->is_std && in_go_api(config_.std_root, pkg->path, sel)) {
          error(e->sel->pos, qualified + " is not supported by gocxx yet");
        } else {
          error(e->sel->pos, "undefined: " + qualified);
        }
        x.set_invalid();
        return;
      }
      if (!exp->exported()) {
        error(e->sel->pos, "name " + std::string(sel) + " not exported by package " + pkg->name);
      }
      record_use(e->sel, exp);
      switch (exp->kind) {
        case ObjectKind::Const:
          x.mode = Mode::Constant;
          x.type = exp->type;
          x.val = static_cast<Const*>(exp)->val;
          break;
        case ObjectKind::TypeName:
          x.mode = Mode::TypeExpr;
          x.type = exp->type;
          break;
        case ObjectKind::Var:
          x.mode = Mode::Variable;
          x.type = exp->type;
          break;
        case ObjectKind::Func:
          x.mode = Mode::Value;
          x.type = exp->type;
          break;
        case ObjectKind::Builtin:
          x.mode = Mode::BuiltinMode;
          x.type = exp->type;
          x.builtin_id = static_cast<Builtin*>(exp)->id;
          break;
        default:
          x.set_invalid();
          break;
      }
      if (x.type == nullptr) x.type = types_.invalid();
      return;
    }
  }
  expr_or_type(x, e->x);
  switch (x.mode) {
    case Mode::TypeExpr:
      if (def != nullptr && x.type == def) {
        cycle_error({def->obj});
        x.set_invalid();
        x.expr = e;
        return;
      }
      break;
    case Mode::BuiltinMode:
      error(e->pos, "cannot select on " + describe(x));
      x.set_invalid();
      x.expr = e;
      return;
    case Mode::Invalid:
      x.expr = e;
      return;
    default:
      break;
  }
  LookupResult r = lookup(x.type, x.mode == Mode::Variable, sel);
  if (r.obj == nullptr) {
    x.expr = e;
    if (is_invalid(under(x.type))) {
      x.set_invalid();
      return;
    }
    if (r.ambiguous) {
      error(e->sel->pos, "ambiguous selector " + expr_str(e->x) + "." + std::string(sel));
    } else if (r.needs_pointer) {
      error(e->sel->pos,
            "cannot call pointer method " + std::string(sel) + " on " + type_str(x.type));
    } else {
      std::string why;
      auto* p = dyn_cast<Pointer>(under(x.type));
      if (p != nullptr && is_interface(p->elem)) {
        why = "type " + type_str(x.type) + " is pointer to interface, not interface";
      } else {
        why = lookup_error(x.type, sel);
      }
      error(e->sel->pos, expr_str(e->x) + "." + std::string(sel) + " undefined (" + why + ")");
    }
    x.set_invalid();
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    auto* m = dyn_cast<Func>(r.obj);
    if (m == nullptr) {
      error(e->sel->pos, expr_str(e->x) + "." + std::string(sel) + " undefined (type " +
                             type_str(x.type) + " has no method " + std::string(sel) + ")");
      x.set_invalid();
      x.expr = e;
      return;
    }
    info_.selections[e] = Selection{Selection::Kind::MethodExpr, x.type, m, r.index, r.indirect};
    check_supported(e->sel->pos, m);
    auto* sig = dyn_cast<Signature>(m->type);
    if (sig == nullptr) {
      x.set_invalid();
      x.expr = e;
      return;
    }
    // T.m has type func(recv T, params) results.
    auto* fsig = types_.make<Signature>();
    fsig->params = types_.make<Tuple>();
    // Named like the receiver if the parameters are named, so that messages
    // show consistent parameter lists (types2).
    std::string_view rname;
    if (!sig->params->vars.empty() && !sig->params->vars[0]->name.empty()) {
      rname = sig->recv != nullptr && !sig->recv->name.empty() ? sig->recv->name : "_";
    }
    fsig->params->vars.push_back(prog_.objects.make<Var>(rname, e->pos, pkg_, x.type));
    for (Var* v : sig->params->vars) fsig->params->vars.push_back(v);
    fsig->results = sig->results;
    fsig->variadic = sig->variadic;
    x.mode = Mode::Value;
    x.type = fsig;
    add_decl_dep(m);
    x.expr = e;
    return;
  }
  if (auto* f = dyn_cast<Var>(r.obj)) {
    info_.selections[e] = Selection{Selection::Kind::FieldVal, x.type, f, r.index, r.indirect};
    x.mode = (x.mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
    x.type = f->type;
  } else {
    auto* m = static_cast<Func*>(r.obj);
    info_.selections[e] = Selection{Selection::Kind::MethodVal, x.type, m, r.index, r.indirect};
    check_supported(e->sel->pos, m);
    // A pointer method called on an addressable value takes its address.
    if (m->has_ptr_recv && !r.indirect) {
      if (auto* id = ast::dyn_cast<ast::Ident>(ast::unparen(e->x))) {
        auto it = info_.uses.find(id);
        if (it != info_.uses.end()) {
          if (auto* v = dyn_cast<Var>(it->second)) v->address_taken = true;
        }
      }
    }
    x.mode = Mode::Value;
    auto* sig = dyn_cast<Signature>(m->type);
    if (sig != nullptr) {
      auto* msig = types_.make<Signature>();
      msig->params = sig->params;
      msig->results = sig->results;
      msig->variadic = sig->variadic;
      x.type = msig;
    } else {
      x.type = types_.invalid();
    }
    add_decl_dep(m);
  }
  x.expr = e;
}

}  // namespace gocxx::check
