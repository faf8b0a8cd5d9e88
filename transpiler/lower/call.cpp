// This file implements calls, method values and conversions.
//
//   f(x, y)          ->  go::main::f(x, y)            (co_await when f blocks)
//   t.M(x)  (*T)     ->  go::main::T_M(&t, x)         (the receiver is the first argument)
//   i.M(x)  (iface)  ->  i.M(x)                       (dispatch in the interface struct)
//   fv(x)            ->  fv(x)                        (gocxx::Func)
//   g(xs...)         ->  go::main::g(xs);  g(a, b) -> go::main::g(gocxx::Slice<T>::from({a, b}))
//   t.M   (value)    ->  gocxx::Func<R(A)>::make([r = &t](A a) mutable { return go::main::T_M(r,
//   a); }) float64(i)       ->  static_cast<double>(i);   int(f) -> gocxx::conv<int64_t>(f)
//   log.Println(x)   ->  (gocxx::CallSiteGuard("/abs/main.go", 7), go::log::Println(...))
//                        (callees reaching runtime.Caller: callsite_guard)

#include <filesystem>

#include "check/callee.h"
#include "lower/emitter.h"

namespace gocxx::lower {

// The function a call names (check/callee.h), with its selection for x.M and
// T.M; null for a func value.
const Func* Emitter::called_func(ast::CallExpr* e, Selection** sel) {
  Callee c = callee_of(info_, e->fun);
  if (c.selection != nullptr) *sel = const_cast<Selection*>(c.selection);
  return c.func;
}

// The receiver argument of a method call x.M(...) through the embedding path.
std::string Emitter::method_receiver(ast::SelectorExpr* e, const Selection& sel, const Func* m) {
  Type* xt = info_.type_of(e->x)->type;
  size_t n = sel.index.size() - 1;
  std::string base;
  Type* rt = xt;
  if (n == 0) {
    base = expr(e->x);
  } else {
    base = field_path(expr(e->x), xt, sel.index, n);
    // The type of the last embedded field.
    Type* t = xt;
    for (size_t i = 0; i < n; i++) {
      Type* u = under(t);
      if (auto* p = dyn_cast<Pointer>(u)) u = under(p->elem);
      t = static_cast<Struct*>(u)->fields[sel.index[i]]->type;
    }
    rt = t;
  }
  if (is_interface(rt)) return base;
  bool have_ptr = isa<Pointer>(under(rt)) && !isa<Named>(rt) ? true : isa<Pointer>(rt);
  if (m->has_ptr_recv) {
    if (have_ptr) return base;
    if (n == 0) return addr_of(e->x);
    return "&" + base;
  }
  if (have_ptr) return "gocxx::deref(" + base + ")";
  return base;
}

// The type whose method a selection calls: `recv` itself, or the embedded field the method is
// promoted from (struct{ I }.M: I).
Type* Emitter::method_holder(Type* recv, const Selection& sel) {
  Type* t = recv;
  for (size_t i = 0; i + 1 < sel.index.size(); i++) {
    Type* u = under(t);
    if (auto* p = dyn_cast<Pointer>(u)) u = under(p->elem);
    t = static_cast<Struct*>(u)->fields[sel.index[i]]->type;
  }
  return t;
}

// The call a method expression T.M makes on its receiver argument, through
// the embedding path when M is promoted:
//   T.M(t, x)              ->  go::main_::T_M(t, x)
//   struct{ T }.M(s, x)    ->  go::main_::T_M((s).T, x)
//   (*Outer).M(o) (*Inner embedded, pointer method)
//                          ->  go::main_::Inner_M(gocxx::deref((o)).Inner)
//   I.M(i, x)              ->  (i).M(x)
std::string Emitter::method_expr_call(const std::string& recv, Type* recv_t, const Selection& sel,
                                      const Func* f, const std::string& args) {
  size_t n = sel.index.size() - 1;
  std::string base = n == 0 ? recv : field_path("(" + recv + ")", recv_t, sel.index, n);
  Type* t = recv_t;
  for (size_t i = 0; i < n; i++) {
    Type* u = under(t);
    if (auto* p = dyn_cast<Pointer>(u)) u = under(p->elem);
    t = static_cast<Struct*>(u)->fields[sel.index[i]]->type;
  }
  if (is_interface(t)) return "(" + base + ")." + escape(f->name) + "(" + args + ")";
  bool have_ptr = isa<Pointer>(under(t));
  // A pointer method on an embedded value is reached through a pointer receiver, so base is
  // addressable.
  if (f->has_ptr_recv && !have_ptr) base = "&" + base;
  if (!f->has_ptr_recv && have_ptr) base = "gocxx::deref(" + base + ")";
  return func_name(f) + "(" + base + (args.empty() ? "" : ", " + args) + ")";
}

std::vector<std::string> Emitter::call_args(ast::CallExpr* e, const Signature* sig) {
  size_t np = sig->params->size();
  // f(g()) with a multi-value g.
  if (e->args.size() == 1 && (np > 1 || (sig->variadic && np >= 1))) {
    const TypeAndValue* tv = info_.type_of(e->args[0]);
    if (auto* tu = tv ? dyn_cast<Tuple>(tv->type) : nullptr) {
      std::string t = hoist(expr(e->args[0]), nullptr);
      std::vector<std::string> out;
      std::vector<std::string> rest;
      for (size_t i = 0; i < tu->size(); i++) {
        std::string v = "std::get<" + std::to_string(i) + ">(" + t + ")";
        if (sig->variadic && i + 1 >= np) {
          Type* et = static_cast<Slice*>(sig->params->vars[np - 1]->type)->elem;
          rest.push_back(convert_value(v, tu->vars[i]->type, et));
        } else {
          out.push_back(convert_value(v, tu->vars[i]->type, sig->params->vars[i]->type));
        }
      }
      if (sig->variadic) {
        std::string st = cty(sig->params->vars[np - 1]->type);
        std::string lst;
        for (size_t i = 0; i < rest.size(); i++) lst += (i ? ", " : "") + rest[i];
        out.push_back(rest.empty() ? st + "{}"
                                   : list_value(st + "::from({" + lst + "})",
                                                sig->params->vars[np - 1]->type));
      }
      return out;
    }
  }
  std::vector<ast::Expr*> es(e->args.begin(), e->args.end());
  std::vector<Type*> targets;
  for (size_t i = 0; i < es.size(); i++) {
    if (sig->variadic && i + 1 >= np && !e->has_dots) {
      targets.push_back(static_cast<Slice*>(under(sig->params->vars[np - 1]->type))->elem);
    } else {
      targets.push_back(sig->params->vars[std::min(i, np - 1)]->type);
    }
  }
  std::vector<std::string> vals = operands(es, targets);
  if (!sig->variadic || e->has_dots) return vals;
  std::vector<std::string> out(vals.begin(), vals.begin() + (np - 1));
  std::string st = cty(sig->params->vars[np - 1]->type);
  if (vals.size() < np) {
    out.push_back(st + "{}");
  } else {
    std::string lst;
    for (size_t i = np - 1; i < vals.size(); i++) lst += (i > np - 1 ? ", " : "") + vals[i];
    if (an_.packed_args_stay(e)) {
      // The callee keeps no reference to its ...T slice: pack the arguments in
      // the frame, as Go does, instead of allocating (fmt.Sprintf(f, a, b)).
      Type* elem = static_cast<Slice*>(under(sig->params->vars[np - 1]->type))->elem;
      std::string arr = "gocxx::Array<" + cty(elem) + ", " +
                        std::to_string(vals.size() - (np - 1)) + ">{{" + lst + "}}";
      if (fn_ != nullptr && fn_->coroutine) {
        out.push_back("gocxx::slice_of(&" + hoist(arr, nullptr) + ")");
      } else {
        out.push_back("gocxx::slice_of_temporary(" + arr + ")");
      }
    } else {
      out.push_back(list_value(st + "::from({" + lst + "})", sig->params->vars[np - 1]->type));
    }
  }
  return out;
}

std::string Emitter::call(ast::CallExpr* e, bool stmt_level) {
  if (info_.conversions.count(e)) return conversion(e);
  auto b = info_.builtin_calls.find(e);
  if (b != info_.builtin_calls.end()) return builtin(e, b->second);
  ast::Expr* fun = ast::unparen(e->fun);
  const TypeAndValue* ftv = info_.type_of(fun);
  auto* sig = ftv ? dyn_cast<Signature>(under(ftv->type)) : nullptr;
  bool async = call_is_async(e);
  std::string text;
  Selection* sel = nullptr;
  const Func* f = ast::isa<ast::FuncLit>(fun) ? nullptr : called_func(e, &sel);
  if (auto* lit = ast::dyn_cast<ast::FuncLit>(fun)) {
    // An immediately called literal: a lambda, no Func object.
    std::string lam =
        func_body(lit->type, lit->body, sig, an_.blocking(lit), nullptr, lit, "", nullptr);
    text = "(" + lam + ")(" + join(call_args(e, sig)) + ")";
  } else if (f != nullptr && sel != nullptr && sel->kind == Selection::Kind::MethodVal) {
    auto* s = ast::cast<ast::SelectorExpr>(fun);
    std::string recv = method_receiver(s, *sel, f);
    // The receiver becomes an argument, and C++ does not order arguments:
    // t.a("1").a(t.b("2")) evaluates t.a("1") first.
    bool arg_calls = false;
    for (ast::Expr* a : e->args) arg_calls = arg_calls || has_call(a);
    if (arg_calls && has_call(s->x)) recv = hoist(recv, nullptr);
    auto* msig = static_cast<Signature*>(f->type);
    std::vector<std::string> args = call_args(e, msig);
    // Promoted through embedding: the type holding the method may be an interface.
    bool iface = is_interface(method_holder(sel->recv, *sel));
    if (iface) {
      text = recv + "." + escape(f->name) + "(" + join(args) + ")";
    } else {
      args.insert(args.begin(), recv);
      text = func_name(f) + "(" + join(args) + ")";
    }
  } else if (f != nullptr && sel != nullptr && sel->kind == Selection::Kind::MethodExpr) {
    // T.M(recv, args...) / I.M(recv, args...)
    auto* fsig = sig;  // the method expression's type: receiver first
    std::vector<std::string> args = call_args(e, fsig);
    std::string r = args[0];
    args.erase(args.begin());
    text = method_expr_call(r, fsig->params->vars[0]->type, *sel, f, join(args));
  } else if (f != nullptr && static_cast<Signature*>(f->type)->recv == nullptr) {
    text = func_name(f) + "(" + join(call_args(e, sig)) + ")";
  } else {
    std::vector<std::string> args = call_args(e, sig);
    text = "(" + expr(fun) + ")(" + join(args) + ")";
  }
  if (call_wants_callsite(e, f, sel, sig)) text = callsite_guard(e) + ", " + text + ")";
  if (!async) return text;
  text = "co_await " + text;
  if (stmt_level || sig->results->size() == 0) return text;
  return hoist(text, sig->results->size() == 1 ? sig->results->vars[0]->type : nullptr);
}

// Whether the call records its site for runtime.Caller: a static callee that reaches it, or
// a call through a func value or interface method that may (Analysis::callsite_fixed_point).
bool Emitter::call_wants_callsite(ast::CallExpr* e, const Func* f, const Selection* sel,
                                  Signature* sig) {
  if (f != nullptr && sel != nullptr && sel->kind == Selection::Kind::MethodVal &&
      is_interface(method_holder(sel->recv, *sel)))
    return an_.iface_call_wants_callsite(f->name, static_cast<Signature*>(f->type));
  if (f != nullptr) return an_.wants_callsite(f);
  return sig != nullptr && !ast::isa<ast::FuncLit>(ast::unparen(e->fun)) &&
         an_.value_call_wants_callsite(sig);
}

// Go: a call f(x) where f reaches runtime.Caller. C++: the start of
// `(gocxx::CallSiteGuard("/abs/file.go", 12), f(x))`: the temporary records the
// position on the goroutine's call-site chain until the full expression (the
// call, awaited or not) ends.
std::string Emitter::callsite_guard(ast::CallExpr* e) {
  auto loc = prog_.sources.location(e->pos);  // Go: the "(" (same line but in chains split at ".")
  std::string file = loc.file ? std::string(loc.file->name()) : std::string("???");
  std::error_code ec;
  if (auto abs = std::filesystem::absolute(file, ec); !ec) file = abs.lexically_normal().string();
  return "(gocxx::CallSiteGuard(" + cxx_string_lit(file) + ", " + std::to_string(loc.line) + ")";
}

// The body of a func value whose target blocks while its func type is not
// async: the analysis proved the code making it unreachable.
std::string Emitter::unreachable_call(std::string_view name) {
  return "gocxx::unreachable_blocking_func(\"" + std::string(name) + "\");";
}

// "&tag" of a function with recover tag `tag`, or "" when it does not call recover.
std::string Emitter::recover_id_or_empty(const std::string& tag) {
  return tag.empty() ? "" : "&" + tag;
}

// "::make(lambda)", or "::make_recovering(id, lambda)" when the lambda calls a function with
// recover identity `id` (panic.h): the func value deferred is then a direct call of it.
std::string Emitter::make_func(const std::string& id, const std::string& lambda) {
  if (id.empty()) return "::make(" + lambda + ")";
  return "::make_recovering(" + id + ", " + lambda + ")";
}

// A function or method used as a value.
std::string Emitter::func_value(const Func* f, ast::Expr* recv_expr, Selection* sel,
                                const Signature* value_sig) {
  auto* msig = static_cast<Signature*>(f->type);
  bool value_async = false;
  const Signature* vsig = msig;
  std::string params, args;
  auto param_list = [&](const Signature* s, size_t skip) {
    params.clear();
    args.clear();
    for (size_t i = skip; i < s->params->size(); i++) {
      std::string pn = "a" + std::to_string(i);
      params += (params.empty() ? "" : ", ") + cty(s->params->vars[i]->type) + " " + pn;
      args += (args.empty() ? "" : ", ") + pn;
    }
  };
  if (sel == nullptr) {
    // A plain function.
    value_async = is_async_sig(msig);
    bool callee_async = an_.blocking(f);
    std::string tag = recover_tag_of(f, nullptr);
    if (value_async == callee_async && f->cxx_binding.empty() && tag.empty())
      return func_cty(msig) + "::of<&" + func_name(f) + ">()";
    param_list(msig, 0);
    std::string r = result_cty(msig, value_async);
    std::string callexpr = func_name(f) + "(" + args + ")";
    std::string body;
    if (value_async)
      body = callee_async ? "co_return co_await " + callexpr + ";" : "co_return " + callexpr + ";";
    else if (callee_async)
      body = unreachable_call(f->name);  // only in unreachable code (analysis.h)
    else
      body = "return " + callexpr + ";";
    return func_cty(msig) +
           make_func(recover_id_or_empty(tag), "[](" + params + ") -> " + r + " { " + body + " }");
  }
  if (sel->kind == Selection::Kind::MethodVal) {
    // Bound method value: the receiver is evaluated now.
    vsig = msig;  // a method's Signature without its receiver has the value's parameters
    value_async = is_async_sig(vsig);
    param_list(vsig, 0);
    std::string recv;
    bool iface = is_interface(sel->recv);
    std::string callee_call;
    std::string id;  // the recover identity of the callee (panic.h), when it may call recover
    if (iface) {
      recv = "gocxx::nonnil_iface(" + expr(recv_expr) + ")";
      callee_call = "r." + escape(f->name) + "(" + args + ")";
      id = imethod_recover_id("r", sel->recv, f);
    } else {
      // Build a fake selector walk: evaluate the receiver as a call would.
      Type* xt = info_.type_of(recv_expr)->type;
      std::string base = field_path(expr(recv_expr), xt, sel->index, sel->index.size() - 1);
      Type* t = xt;
      for (size_t i = 0; i + 1 < sel->index.size(); i++) {
        Type* u = under(t);
        if (auto* p = dyn_cast<Pointer>(u)) u = under(p->elem);
        t = static_cast<Struct*>(u)->fields[sel->index[i]]->type;
      }
      if (is_interface(t)) {
        recv = "gocxx::nonnil_iface(" + base + ")";
        callee_call = "r." + escape(f->name) + "(" + args + ")";
        iface = true;
      } else {
        bool have_ptr = isa<Pointer>(t);
        if (f->has_ptr_recv)
          recv = have_ptr ? base : (sel->index.size() == 1 ? addr_of(recv_expr) : "&" + base);
        else
          recv = have_ptr ? "gocxx::deref(" + base + ")" : base;
        callee_call = func_name(f) + "(r" + (args.empty() ? "" : ", " + args) + ")";
        id = recover_id_or_empty(recover_tag_of(f, nullptr));
      }
    }
    bool callee_async = iface ? an_.async_method(f->name, msig) : an_.blocking(f);
    std::string r = result_cty(vsig, value_async);
    std::string body;
    if (value_async)
      body = callee_async ? "co_return co_await " + callee_call + ";"
                          : "co_return " + callee_call + ";";
    else if (callee_async)
      body = unreachable_call(f->name);  // only in unreachable code (analysis.h)
    else
      body = "return " + callee_call + ";";
    std::string lam = "[r = r](" + params + ") mutable -> " + r + " { " + body + " }";
    if (iface) {
      // The receiver is evaluated once, for the closure and for the identity of its method:
      // [&](auto r) { return F::make_recovering(<M's entry in r>, [r = r](...) {...}); }(recv)
      return "[&](auto r) { return " + func_cty(vsig) + make_func(id, lam) + "; }(" + recv + ")";
    }
    return func_cty(vsig) + make_func(id, "[r = " + recv + "]" + lam.substr(lam.find(']') + 1));
  }
  // Method expression T.M: the receiver becomes the first parameter.
  // The value's signature is recorded on the selector expression by the checker;
  // rebuild it from the method: (recv, params...) results.
  std::string recv_t = cty(sel->recv);
  params = recv_t + " a_recv";
  args.clear();
  for (size_t i = 0; i < msig->params->size(); i++) {
    std::string pn = "a" + std::to_string(i);
    params += ", " + cty(msig->params->vars[i]->type) + " " + pn;
    args += ", " + pn;
  }
  bool value_async2 = value_sig != nullptr && is_async_sig(value_sig);
  // An interface's method (I.M, or T.M promoted from an embedded interface).
  bool callee_async2 = msig->recv != nullptr && is_interface(msig->recv->type)
                           ? an_.async_method(f->name, msig)
                           : an_.blocking(f);
  std::string fty = value_sig != nullptr ? func_cty(value_sig) : "";
  if (fty.empty()) {
    fty = "gocxx::Func<" + result_cty(msig, false) + "(" + recv_t;
    for (Var* p : msig->params->vars) fty += ", " + cty(p->type);
    fty += ")>";
  }
  std::string callee_call =
      method_expr_call("a_recv", sel->recv, *sel, f, args.substr(args.empty() ? 0 : 2));
  std::string body;
  if (value_async2)
    body = callee_async2 ? "co_return co_await " + callee_call + ";"
                         : "co_return " + callee_call + ";";
  else if (callee_async2)
    body = unreachable_call(f->name);  // only in unreachable code (analysis.h)
  else
    body = "return " + callee_call + ";";
  bool iface_method = msig->recv != nullptr && is_interface(msig->recv->type);
  std::string id = iface_method ? "" : recover_id_or_empty(recover_tag_of(f, nullptr));
  return fty + make_func(id, "[](" + params + ") -> " + result_cty(msig, value_async2) + " { " +
                                 body + " }");
}

std::string Emitter::conversion(ast::CallExpr* e) {
  const TypeAndValue* tv = info_.type_of(e);
  Type* to = tv->type;
  // A constant conversion has its own value: string(r) for a constant rune r is the
  // rune's UTF-8 text, not r (callers reach here without expr's constant check).
  if (tv->mode == Mode::Constant) return constant(tv->value, to);
  ast::Expr* arg = e->args[0];
  const TypeAndValue* atv = info_.type_of(arg);
  Type* from = atv->type;
  if (atv->mode == Mode::Constant && !is_interface(to)) {
    // A constant converted to a non-constant type ([]byte("x"), string(rune)).
    if (!isa<Slice>(under(to))) return constant(atv->value, to);
  }
  if (atv->mode == Mode::NilValue) {
    // (*T)(nil) keeps its type: *(*T)(nil) is gocxx::deref of a T*, not of nullptr.
    if (isa<Pointer>(under(to))) return "static_cast<" + cty(to) + ">(nullptr)";
    return zero(to);
  }
  std::string x = atv->mode == Mode::Constant ? constant(atv->value, from) : expr(arg);
  Type* tu = under(to);
  Type* fu = under(from);
  if (is_interface(to)) return convert_value(x, from, to);
  if (is_string(tu)) {
    if (is_integer(fu)) return "gocxx::string_from_rune(" + x + ")";
    if (auto* s = dyn_cast<Slice>(fu)) {
      if (is_basic_kind(under(s->elem), BasicKind::Uint8))
        return "gocxx::string_from_bytes(" + x + ")";
      return "gocxx::string_from_runes(" + x + ")";
    }
    return x;
  }
  if (auto* s = dyn_cast<Slice>(tu); s && is_string(fu)) {
    if (is_basic_kind(under(s->elem), BasicKind::Uint8))
      return "gocxx::bytes_from_string(" + x + ")";
    return "gocxx::runes_from_string(" + x + ")";
  }
  if (is_numeric(tu) && is_numeric(fu)) {
    if (is_complex(tu) && is_complex(fu)) return "gocxx::complex_cast<" + cty(to) + ">(" + x + ")";
    if (is_complex(tu))
      return cty(to) + "{static_cast<decltype(" + cty(to) + "{}.re)>(" + x + "), 0}";
    if (is_integer(tu) && is_float(fu)) return "gocxx::conv<" + cty(to) + ">(" + x + ")";
    if (cty(to) == cty(from)) return x;
    return "static_cast<" + cty(to) + ">(" + x + ")";
  }
  if (isa<Struct>(tu) && cty(to) != cty(from)) return "std::bit_cast<" + cty(to) + ">(" + x + ")";
  if (auto* p = dyn_cast<Pointer>(tu); p && isa<Slice>(fu)) {
    return "gocxx::slice_to_array_ptr<" + cty(p->elem) + ">(" + x + ")";
  }
  if (auto* p = dyn_cast<Pointer>(tu)) {
    auto* fp = dyn_cast<Pointer>(fu);
    if (fp != nullptr && cty(p->elem) != cty(fp->elem))
      return "reinterpret_cast<" + cty(to) + ">(" + x + ")";
  }
  return x;
}

}  // namespace gocxx::lower
