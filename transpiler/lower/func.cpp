// This file implements functions, closures, go and defer.
//
//   func f(x int) (r int) { defer g(x); return x }
//     ->  int64_t f(int64_t x) {
//           int64_t r{};
//           gocxx::Defers df;
//           try { int64_t t1 = x; df.push(nullptr, [=]() mutable { go::main::g(t1); }); r = x; goto
//           ret_; } catch (...) { df.panicking(std::current_exception()); }
//         ret_:
//           df.run();
//           return r;
//         }
//   func(a int) int { ... }      ->  gocxx::Func<int64_t(int64_t)>::make([=](int64_t a) mutable ->
//   int64_t { ... }) go worker(c)   (blocks)      ->  gocxx::go(go::main::worker(c)); go func() {
//   ... }()          ->  gocxx::go([=]() mutable -> gocxx::Task<> { ... });

#include "lower/emitter.h"

namespace gocxx::lower {

std::string Emitter::recover_tag_of(const Func* f, ast::FuncLit* lit) {
  const analyze::FuncNode* n = f ? an_.node(f) : an_.node(lit);
  if (n == nullptr || !n->calls_recover) return "";
  std::string& tag = f ? func_tags_[f] : lit_tags_[lit];
  if (tag.empty()) {
    // Declared by the package of the function (its header), numbered in
    // that package so that the package's text does not depend on others.
    const Package* owner = f ? f->pkg : pkg_;
    PkgOut& po = outs_[owner];
    std::string n = "recover_tag_" + std::to_string(++po.tags);
    tag = ns_of(owner) + "::" + n;
    po.protos += "namespace " + ns_of(owner) + " { inline constexpr char " + n + " = 0; }\n";
  }
  return tag;
}

// The recover identity of a deferred call to a function with recover tag `tag` (empty: it
// does not call recover): what the panic arms before calling it (panic.h).
std::string Emitter::recover_id(const std::string& tag) {
  return tag.empty() ? "&gocxx::no_recover_tag" : "&" + tag;
}

// `defer x.M()` on an interface x: the entry of M in x's dynamic type, whose thunk hands
// directness on to the method.
std::string Emitter::imethod_recover_id(const std::string& recv, Type* iface, const Func* m) {
  return "gocxx::imethod_recover_id(" + imethod_ref(recv, iface, m) + ")";
}

// "x, <iface's descriptor>, i": method m of interface iface called on x, as the runtime's
// method-entry functions take it.
std::string Emitter::imethod_ref(const std::string& recv, Type* iface, const Func* m) {
  auto* it = static_cast<Interface*>(under(iface));
  size_t i = 0;
  while (i < it->all_methods.size() && it->all_methods[i]->name != m->name) i++;
  return recv + ", " + desc(iface) + ", " + std::to_string(i);
}

// The parameter that carries a heap variable's value in (`x` -> `x_in`), unique in the
// function like a Go local: a Go parameter may be named x_in too.
std::string Emitter::heap_param_in(const std::string& name) {
  std::string in = name + "_in";
  for (int k = 1; fn_->used.count(in); k++) in = name + "_in" + std::to_string(k);
  fn_->used.insert(in);
  return in;
}

std::string Emitter::signature_params(
    const Signature* sig, ast::FuncType* type, bool for_lambda,
    std::vector<std::pair<const Var*, std::string>>* heap_params) {
  (void)type;
  (void)for_lambda;
  std::string out;
  int i = 0;
  for (Var* p : sig->params->vars) {
    std::string name;
    if (p->name.empty() || p->name == "_") {
      name = "p" + std::to_string(i);
    } else if (an_.on_heap(p)) {
      name = heap_param_in(declare_local(p));
      heap_params->push_back({p, name});
    } else {
      name = declare_local(p);
    }
    out += (i ? ", " : "") + cty(p->type) + " " + name;
    i++;
  }
  return out;
}

// Loops, switches and returns under defer emit labels for the gotos that
// Go's break, continue, fallthrough and return may need; the ones no goto
// names are noise for the reader: drop their lines.
static void drop_unused_labels(std::string& text) {
  std::unordered_set<std::string> targets;
  for (size_t pos = text.find("goto "); pos != std::string::npos;
       pos = text.find("goto ", pos + 5)) {
    size_t end = text.find(';', pos);
    if (end != std::string::npos) targets.insert(text.substr(pos + 5, end - pos - 5));
  }
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view ln(text.data() + pos, end - pos);
    size_t b = ln.find_first_not_of(' ');
    std::string_view t = b == std::string_view::npos ? std::string_view() : ln.substr(b);
    if (t.ends_with(":;"))
      t.remove_suffix(2);
    else if (t.ends_with(":"))
      t.remove_suffix(1);
    else
      t = {};
    bool label =
        !t.empty() && t != "default" && t != "public" && t != "private" &&
        t.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
            std::string_view::npos;
    if (!label || targets.count(std::string(t))) {
      out.append(ln);
      if (end < text.size()) out += '\n';
    }
    pos = end + 1;
  }
  text = std::move(out);
}

std::string Emitter::func_body(ast::FuncType* type, ast::BlockStmt* body, Signature* sig,
                               bool coroutine, const Func* f, ast::FuncLit* lit,
                               const std::string& recv_name, const Var* recv) {
  FuncState st;
  FuncState* parent = fn_;
  if (lit != nullptr && parent != nullptr) {
    st.names = parent->names;
    st.used = parent->used;
    st.temps = parent->temps + 100;
    st.labels = parent->labels + 100;
  }
  st.coroutine = coroutine;
  st.sig = sig;
  const analyze::FuncNode* node = f ? an_.node(f) : an_.node(lit);
  st.has_defer = node != nullptr && node->has_defer;
  st.recover_tag = recover_tag_of(f, lit);
  std::string* saved_out = out_;
  int saved_indent = indent_;
  std::string text;
  fn_ = &st;
  out_ = &text;
  indent_ = 1;
  std::vector<std::pair<const Var*, std::string>> heap_params;
  std::string params;
  // Whether the running panic called this function directly (panic.h); first, before any
  // call can arm or claim the slot.
  if (!st.recover_tag.empty())
    line("const bool rdirect_ = gocxx::recover_enter(&" + st.recover_tag + ");");
  if (recv != nullptr) {
    std::string rn =
        recv->name.empty() || recv->name == "_" ? std::string("recv") : declare_local(recv);
    if (recv->name.empty() || recv->name == "_") st.used.insert("recv");
    if (an_.on_heap(recv)) {
      rn = heap_param_in(rn);
      heap_params.push_back({recv, rn});
    }
    params = cty(recv->type) + " " + rn;
    (void)recv_name;
  }
  std::string rest = signature_params(sig, type, lit != nullptr, &heap_params);
  if (!rest.empty()) params += (params.empty() ? "" : ", ") + rest;
  for (auto& [v, in] : heap_params)
    line(cty(v->type) + "* " + st.names[v] + " = gocxx::gc_new<" + cty(v->type) + ">(" + in + ");");
  // Result variables: named results, or any results when deferred calls may
  // change them after a return statement.
  size_t nres = sig->results->size();
  st.named_results = nres > 0 && !sig->results->vars[0]->name.empty();
  if (st.named_results || (st.has_defer && nres > 0)) {
    for (size_t i = 0; i < nres; i++) {
      Var* r = sig->results->vars[i];
      if (st.named_results && r->name != "_") {
        std::string n = declare_local(r);
        std::string T = cty(r->type);
        if (an_.on_heap(r)) {
          line(T + "* " + n + " = gocxx::gc_new<" + T + ">();");
          st.result_names.push_back("(*" + n + ")");
        } else {
          line(T + " " + n + "{};");
          st.result_names.push_back(n);
        }
      } else {
        std::string n = "res_" + std::to_string(i);
        line(cty(r->type) + " " + n + "{};");
        st.result_names.push_back(n);
      }
    }
  }
  if (st.has_defer) {
    // A deferred call that blocks needs the coroutine form of the list.
    st.async_defers = coroutine;
    line(std::string(st.async_defers ? "gocxx::AsyncDefers" : "gocxx::Defers") + " df;");
    line("try {");
    indent_++;
    stmts(body->stmts);
    indent_--;
    line("} catch (...) {");
    line("  df.panicking(std::current_exception());");
    line("}");
    line("ret_:");
    line(st.async_defers ? "co_await df.run();" : "df.run();");
    std::string kw = coroutine ? "co_return" : "return";
    if (nres == 0)
      line(kw + ";");
    else if (nres == 1)
      line(kw + " " + st.result_names[0] + ";");
    else
      line(kw + " " + result_cty(sig, false) + "{" + join(st.result_names) + "};");
  } else {
    stmts(body->stmts);
    if (st.named_results) {
      // Falling off the end is only possible without results; keep the compiler quiet.
    }
    if (coroutine && nres == 0) line("co_return;");
  }
  fn_ = parent;
  out_ = saved_out;
  indent_ = saved_indent;
  drop_unused_labels(text);
  std::string r = result_cty(sig, coroutine);
  if (lit != nullptr) {
    return "[=](" + params + ") mutable -> " + r + " {\n" + text + "}";
  }
  return r + " " + func_name(f).substr(func_name(f).rfind("::") + 2) + "(" + params + ") {\n" +
         text + "}\n";
}

std::string Emitter::func_lit(ast::FuncLit* e) {
  auto* sig = static_cast<Signature*>(under(info_.type_of(e)->type));
  bool async = is_async_sig(sig);
  if (!async && an_.blocking(e)) {
    // A blocking literal of a non-async func type: the analysis proved the
    // code making it unreachable (analysis.h), so its body is never run.
    std::string params;
    for (size_t i = 0; i < sig->params->size(); i++)
      params += (i ? ", " : "") + cty(sig->params->vars[i]->type);
    return func_cty(sig) + "::make([](" + params + ") -> " + result_cty(sig, false) + " { " +
           unreachable_call("func literal") + " })";
  }
  std::string lam = func_body(e->type, e->body, sig, async, nullptr, e, "", nullptr);
  // A literal calling recover is direct when its func value is deferred: its box says so.
  std::string tag = recover_tag_of(nullptr, e);
  if (!tag.empty()) return func_cty(sig) + "::make_recovering(&" + tag + ", " + lam + ")";
  return func_cty(sig) + "::make(" + lam + ")";
}

// An operand whose C++ text, copied into a [=] lambda now, has the value it
// has now: a constant, nil, a local variable that lives in the frame (the
// lambda copies it), or the address of a heap cell. Package variables and
// heap cells' contents are read when the lambda runs, so they need a
// temporary.
bool Emitter::stable_operand(ast::Expr* e) {
  e = ast::unparen(e);
  const TypeAndValue* tv = info_.type_of(e);
  if (tv != nullptr && (tv->mode == Mode::Constant || tv->mode == Mode::NilValue)) return true;
  auto local = [&](ast::Expr* x) -> const Var* {
    auto* id = ast::dyn_cast<ast::Ident>(ast::unparen(x));
    if (id == nullptr) return nullptr;
    auto it = info_.uses.find(id);
    const Var* v = it == info_.uses.end() ? nullptr : dyn_cast<Var>(it->second);
    if (v == nullptr || v->is_field || v->parent == nullptr ||
        v->parent->what == std::string_view("package"))
      return nullptr;
    return v;
  };
  if (const Var* v = local(e)) return !an_.on_heap(v);
  if (auto* u = ast::dyn_cast<ast::UnaryExpr>(e); u && u->op == TokenKind::And) {
    const Var* v = local(u->x);
    return v != nullptr && an_.on_heap(v);
  }
  return false;
}

// Evaluates a call's function and arguments now (for go and defer) and
// returns the call text over the temporaries. Operands that are stable
// (stable_operand) need none: `go worker(i, ch)` captures i and ch.
std::string Emitter::deferred_closure(ast::CallExpr* c, bool* async, std::string* tag) {
  *async = false;
  ast::Expr* fun = ast::unparen(c->fun);
  bool args_stable = true;
  for (ast::Expr* a : c->args) args_stable = args_stable && stable_operand(a);
  auto hoist_args = [&](std::vector<std::string>& args) {
    if (args_stable) return;
    for (auto& a : args) a = hoist(a, nullptr);
  };
  auto b = info_.builtin_calls.find(c);
  if (b != info_.builtin_calls.end()) {
    // Builtins: evaluate the operands now.
    std::vector<std::string> temps;
    if (b->second == BuiltinId::Recover) {
      *tag = "&gocxx::deferred_recover_tag";
      bool direct = fn_ != nullptr && !fn_->recover_tag.empty();
      return std::string("(void)gocxx::recover_deferred(") + (direct ? "rdirect_" : "false") + ")";
    }
    // `defer close(c)`, `defer println(x)`: operands that are not stable are
    // evaluated into temporaries now, and the builtin is spelled over them.
    if (!args_stable) {
      for (ast::Expr* a : c->args) {
        const TypeAndValue* atv = info_.type_of(a);
        if (atv == nullptr || atv->mode == Mode::TypeExpr || stable_operand(a)) continue;
        expr_override_[a] = hoist(expr(a), nullptr);
      }
    }
    std::string text = builtin(c, b->second);
    expr_override_.clear();
    return text;
  }
  const TypeAndValue* ftv = info_.type_of(fun);
  auto* sig = static_cast<Signature*>(under(ftv->type));
  *async = call_is_async(c);
  if (auto* lit = ast::dyn_cast<ast::FuncLit>(fun)) {
    *tag = recover_id(recover_tag_of(nullptr, lit));
    std::vector<std::string> args = call_args(c, sig);
    hoist_args(args);
    std::string lam =
        func_body(lit->type, lit->body, sig, an_.blocking(lit), nullptr, lit, "", nullptr);
    return "(" + lam + ")(" + join(args) + ")";
  }
  Selection* sel = nullptr;
  const Func* f = called_func(c, &sel);
  if (f != nullptr && sel != nullptr && sel->kind == Selection::Kind::MethodVal) {
    auto* s = ast::cast<ast::SelectorExpr>(fun);
    // The receiver: a stable value, or the address of a heap variable for
    // a pointer method, is captured as it is.
    bool recv_stable = stable_operand(s->x);
    if (!recv_stable && f->has_ptr_recv && !is_interface(sel->recv)) {
      auto* id = ast::dyn_cast<ast::Ident>(ast::unparen(s->x));
      auto it = id ? info_.uses.find(id) : info_.uses.end();
      const Var* v = it == info_.uses.end() ? nullptr : dyn_cast<Var>(it->second);
      recv_stable = v != nullptr && an_.on_heap(v) && !isa<Pointer>(under(v->type)) &&
                    sel->index.size() == 1 && v->parent != nullptr &&
                    v->parent->what != std::string_view("package");
    }
    std::string recv = method_receiver(s, *sel, f);
    if (!recv_stable) recv = hoist(recv, nullptr);
    std::vector<std::string> args = call_args(c, static_cast<Signature*>(f->type));
    hoist_args(args);
    Type* holder = method_holder(sel->recv, *sel);
    if (is_interface(holder)) {
      // defer x.M() with a nil x (or embedded interface) panics at the defer statement, as
      // the method value would.
      line("(void)gocxx::nonnil_iface(" + recv + ");");
      *tag = imethod_recover_id(recv, holder, f);
      return recv + "." + escape(f->name) + "(" + join(args) + ")";
    }
    *tag = recover_id(recover_tag_of(f, nullptr));
    args.insert(args.begin(), recv);
    return func_name(f) + "(" + join(args) + ")";
  }
  if (f != nullptr && sel != nullptr && sel->kind == Selection::Kind::MethodExpr &&
      is_interface(sel->recv) && sel->index.size() == 1) {
    // defer I.M(x, args): Go's wrapper I.M is transparent, so the panic calls x's M directly;
    // a nil x panics when the call runs.
    std::vector<std::string> args = call_args(c, sig);
    for (auto& a : args) a = hoist(a, nullptr);
    std::string recv = args[0];
    args.erase(args.begin());
    *tag = imethod_recover_id(recv, sel->recv, f);
    return recv + "." + escape(f->name) + "(" + join(args) + ")";
  }
  if (f != nullptr && sel == nullptr && static_cast<Signature*>(f->type)->recv == nullptr) {
    *tag = recover_id(recover_tag_of(f, nullptr));
    std::vector<std::string> args = call_args(c, sig);
    hoist_args(args);
    return func_name(f) + "(" + join(args) + ")";
  }
  std::string fv = hoist(expr(fun), nullptr);
  // The func value's closure: make_recovering boxes hand directness on to their target.
  *tag = fv + ".recover_id()";
  std::vector<std::string> args = call_args(c, sig);
  for (auto& a : args) a = hoist(a, nullptr);
  return fv + "(" + join(args) + ")";
}

void Emitter::go_stmt(ast::GoStmt* s) {
  line_directive(s->pos);
  bool async = false;
  std::string tag;
  ast::Expr* fun = ast::unparen(s->call->fun);
  if (auto* lit = ast::dyn_cast<ast::FuncLit>(fun); lit && s->call->args.empty()) {
    auto* sig = static_cast<Signature*>(under(info_.type_of(lit)->type));
    line("gocxx::go(" +
         func_body(lit->type, lit->body, sig, an_.blocking(lit), nullptr, lit, "", nullptr) + ");");
    return;
  }
  std::string call_text = deferred_closure(s->call, &async, &tag);
  if (async)
    line("gocxx::go([=]() mutable -> gocxx::Task<> { co_await " + call_text + "; });");
  else
    line("gocxx::go([=]() mutable { " + call_text + "; });");
}

void Emitter::defer_stmt(ast::DeferStmt* s) {
  line_directive(s->pos);
  bool async = false;
  std::string tag;
  std::string call_text = deferred_closure(s->call, &async, &tag);
  std::string t = tag.empty() ? recover_id("") : tag;
  if (async)
    line("df.push(" + t + ", [=]() mutable -> gocxx::Task<> { co_await " + call_text + "; });");
  else
    line("df.push(" + t + ", [=]() mutable { " + call_text + "; });");
}

namespace {

// Whether a standard-library function's C++ is small and self-contained enough
// to be defined inline in its package's header, so that callers in other
// translation units (the program's, other packages') can inline it as Go's
// compiler inlines small functions across packages: utf8.EncodeRune,
// fmt's buffer methods, strconv's helpers. Self-contained: no run-time type
// descriptors or thunks (defined in the package's .cpp), no lambdas, no
// statics. Small: at most kInlineLines lines of C++ besides #line directives.
constexpr int kInlineLines = 64;

bool inlinable_body(const std::string& text) {
  for (const char* bad : {"go::rt::", "thunk", "[=", "[&", "[](", "static ", "co_"}) {
    if (text.find(bad) != std::string::npos) return false;
  }
  int lines = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    if (text.compare(pos, 5, "#line") != 0 && ++lines > kInlineLines) return false;
    pos = end + 1;
  }
  return true;
}

}  // namespace

void Emitter::emit_func(const Func* f) {
  auto* sig = static_cast<Signature*>(f->type);
  ast::FuncDecl* fd = f->decl;
  if (fd == nullptr || fd->body == nullptr) return;
  Package* saved = pkg_;
  pkg_ = f->pkg;
  bool coroutine = an_.blocking(f);
  const Var* recv = sig->recv;
  std::string text = func_body(fd->type, fd->body, sig, coroutine, f, nullptr, "", recv);
  std::string name = func_name(f);
  std::string ns = name.substr(0, name.rfind("::"));
  // Prototype: the first line of the definition.
  std::string proto = text.substr(0, text.find(" {\n")) + ";";
  PkgOut& po = cur();
  bool in_header = f->pkg->is_std && !coroutine && inlinable_body(text);
  if (in_header) proto = "inline " + proto;
  po.protos += "namespace " + ns + " { " + proto + " }\n";
  std::string& out = in_header ? po.inline_bodies : po.bodies;
  out += "namespace " + ns + " {\n";
  if (opts_.line_directives && fd->pos.is_valid()) {
    auto loc = prog_.sources.location(fd->func_pos);
    out += line_text(loc.line, loc.file->name());
  }
  out += (in_header ? "inline " : "") + text + "}  // namespace " + ns + "\n\n";
  pkg_ = saved;
}

}  // namespace gocxx::lower
