// This file implements control flow: if, for, range, switch, type switch
// and select. Go's break/continue become gotos to labels the loop emits,
// so they mean the same inside C++ constructs (a select's switch) as outside.
//
//   for i := 0; i < n; i++ { body }
//     ->  { int64_t i = 0; for (; i < n; i++) { { body } cont_1:; } brk_1:; }
//   for i, v := range s { }     ->  { auto r = s; for (int64_t i = 0; i < r.len; i++) { T v =
//   r.ptr[i]; ... } } switch x { case 1, 2: A; default: B }
//     ->  { auto tag = x; if (tag == 1 || tag == 2) { A } else { B } }
//   select { case v := <-c: A; case d <- 1: B }
//     ->  gocxx::Select<2> sel; sel.recv(c, &v, nullptr); sel.send(d, &x);
//         switch (co_await sel.wait()) { case 0: ...; case 1: ...; }

#include <functional>

#include "lower/emitter.h"

namespace gocxx::lower {

namespace {
struct Labels {
  std::string brk, cont;
};
Labels loop_labels(FuncState* fn, const std::string& label) {
  // A Go label's targets (stmt.cpp); the emitter's own are numbered.
  if (!label.empty()) return {Emitter::escape("B_" + label), Emitter::escape("C_" + label)};
  int n = ++fn->labels;
  return {"brk_" + std::to_string(n), "cont_" + std::to_string(n)};
}
}  // namespace

void Emitter::if_stmt(ast::IfStmt* s) {
  bool scoped = s->init != nullptr;
  if (scoped) {
    line("{");
    indent_++;
    stmt(s->init);
  }
  line_directive(s->pos);
  std::string cond = expr(s->cond);
  line("if (" + cond + ") {");
  indent_++;
  stmts(s->then->stmts);
  indent_--;
  if (s->else_ != nullptr) {
    line("} else {");
    indent_++;
    if (auto* b = ast::dyn_cast<ast::BlockStmt>(s->else_))
      stmts(b->stmts);
    else
      stmt(s->else_);
    indent_--;
  }
  line("}");
  if (scoped) {
    indent_--;
    line("}");
  }
}

// Whether a body's statements can share the scope of the loop's own
// variables and labels: no declarations at its top level (they could
// shadow the loop variables, or be jumped over by a goto to the continue
// label).
static bool needs_own_scope(std::span<ast::Stmt*> body) {
  for (ast::Stmt* st : body) {
    if (st->kind == ast::NodeKind::DeclStmt || st->kind == ast::NodeKind::LabeledStmt) return true;
    if (auto* as = ast::dyn_cast<ast::AssignStmt>(st); as && as->tok == TokenKind::Define)
      return true;
  }
  return false;
}

void Emitter::loop_body(ast::Stmt* loop, ast::BlockStmt* body, const std::string& brk,
                        const std::string& cont) {
  fn_->targets.push_back({loop, brk, cont, true});
  bool scoped = needs_own_scope(body->stmts);
  if (scoped) {
    line("{");
    indent_++;
  }
  stmts(body->stmts);
  if (scoped) {
    indent_--;
    line("}");
  }
  fn_->targets.pop_back();
  line(cont + ":;");
}

// Runs emit with the output captured; returns the lines it wrote.
std::string Emitter::capture(const std::function<void()>& emit) {
  std::string scratch;
  std::string* saved = out_;
  out_ = &scratch;
  emit();
  out_ = saved;
  return scratch;
}

void Emitter::for_stmt(ast::ForStmt* s, const std::string& label) {
  Labels l = loop_labels(fn_, label);
  std::string init_lines;
  if (s->init) {
    indent_++;
    init_lines = capture([&] { stmt(s->init); });
    indent_--;
  }
  // Go 1.22: each iteration has its own copy of the loop variables. A copy
  // is only observable when a closure or pointer keeps one (heap variables).
  std::vector<const Var*> per_iter;
  if (auto* as = s->init ? ast::dyn_cast<ast::AssignStmt>(s->init) : nullptr;
      as && as->tok == TokenKind::Define) {
    for (ast::Expr* e : as->lhs) {
      auto it = info_.defs.find(ast::cast<ast::Ident>(e));
      if (it != info_.defs.end() && it->second && an_.on_heap(static_cast<Var*>(it->second)))
        per_iter.push_back(static_cast<Var*>(it->second));
    }
  }
  // `for (; cond; post)` when the condition and the post statement are
  // single expressions; otherwise `for (;;)` with them spelled out inside.
  indent_++;
  std::string cond_lines, cond, post_lines;
  if (s->cond) cond_lines = capture([&] { cond = expr(s->cond); });
  if (s->post) post_lines = capture([&] { stmt(s->post); });
  indent_--;
  auto single = [](const std::string& lines) -> std::string {
    // One statement line (a #line directive aside) ending in ';'.
    std::string out;
    int n = 0;
    for (size_t pos = 0; pos < lines.size();) {
      size_t end = lines.find('\n', pos);
      if (end == std::string::npos) end = lines.size();
      std::string ln = lines.substr(pos, end - pos);
      pos = end + 1;
      size_t b = ln.find_first_not_of(' ');
      if (b == std::string::npos || ln[b] == '#') continue;
      out = ln.substr(b);
      n++;
    }
    if (n != 1 || out.empty() || out.back() != ';' || out.find('{') != std::string::npos) return "";
    out.pop_back();
    return out;
  };
  std::string post = single(post_lines);
  std::string init = single(init_lines);
  bool header = per_iter.empty() && cond_lines.empty() && (s->post == nullptr || !post.empty());
  // for (int64_t i = 0; ...) when the init is one statement; otherwise a
  // block holds the init's lines and the loop.
  bool scoped = s->init != nullptr && !(header && !init.empty());
  if (scoped) {
    line("{");
    indent_++;
    *out_ += init_lines;
    init.clear();
  }
  if (header) {
    line("for (" + init + "; " + cond + "; " + post + ") {");
    indent_++;
    loop_body(s, s->body, l.brk, l.cont);
  } else {
    line("for (;;) {");
    indent_++;
    if (s->cond) {
      *out_ += cond_lines;
      line("if (!(" + cond + ")) break;");
    }
    loop_body(s, s->body, l.brk, l.cont);
    for (const Var* v : per_iter) {
      std::string n = fn_->names[v];
      line(n + " = gocxx::gc_new<" + cty(v->type) + ">(*" + n + ");");
    }
    *out_ += post_lines;
  }
  indent_--;
  line("}");
  line(l.brk + ":;");
  if (scoped) {
    indent_--;
    line("}");
  }
}

void Emitter::range_stmt(ast::RangeStmt* s, const std::string& label) {
  Labels l = loop_labels(fn_, label);
  Type* xt = info_.type_of(s->x)->type;
  Type* u = under(xt);
  ast::Expr* k = s->lhs.size() > 0 ? s->lhs[0] : nullptr;
  ast::Expr* v = s->lhs.size() > 1 ? s->lhs[1] : nullptr;
  auto blank = [](ast::Expr* e) {
    auto* id = e ? ast::dyn_cast<ast::Ident>(e) : nullptr;
    return e == nullptr || (id && id->name == "_");
  };
  // Binds an iteration value to the Go variable (new per iteration with :=).
  // `for i, x[i] = range` assigns in parallel: x[i]'s location is fixed before i changes.
  std::string v_loc;
  auto bind = [&](ast::Expr* target, const std::string& value, Type* vt) {
    if (blank(target)) return;
    if (s->define) {
      auto* var = static_cast<Var*>(info_.defs[ast::cast<ast::Ident>(target)]);
      declare_var(var, convert_value(value, vt, var->type));
    } else {
      if (target == k && !blank(v)) v_loc = fixed_lvalue(v);
      std::string loc = target == v && !v_loc.empty() ? v_loc : lvalue(target);
      line(loc + " = " + convert_value(value, vt, info_.type_of(target)->type) + ";");
    }
  };
  Type* int_t = prog_.types.basic(BasicKind::Int);
  line("{");
  indent_++;
  std::string x;
  // `range []byte(s)` reads the string's bytes in place, as gc does: the
  // converted slice is unreachable from the loop, so its copy is unobservable
  // (strconv.Atoi's fast path ranges over []byte(s) on every call).
  ast::Expr* bytes_of = nullptr;
  if (auto* conv = ast::dyn_cast<ast::CallExpr>(ast::unparen(s->x));
      conv && info_.conversions.count(conv) && conv->args.size() == 1 && isa<Slice>(u) &&
      is_string(under(info_.type_of(conv->args[0])->type))) {
    Type* et = under(static_cast<Slice*>(u)->elem);
    if (is_basic_kind(et, BasicKind::Uint8)) bytes_of = conv->args[0];
  }
  if (bytes_of) {
    x = hoist(expr(bytes_of), nullptr);
  } else if (isa<Array>(u) && blank(v) && !has_call(s->x) && !has_await(s->x)) {
    // Only the length matters: the spec does not evaluate an array without
    // calls or receives (len(x) is then constant).
    x = "";
  } else {
    x = hoist(expr(s->x), nullptr);
  }
  auto open_body = [&] { loop_body(s, s->body, l.brk, l.cont); };
  std::string i = "i" + std::to_string(fn_->labels);
  if (auto* b = dyn_cast<Basic>(u); b && is_integer(b)) {
    (void)b;
    error(s->pos, "unsupported: range over an integer");
  } else if (is_string(u)) {
    line("for (int64_t " + i + " = 0, w" + i + " = 0; " + i + " < " + x + ".len; " + i + " += w" +
         i + ") {");
    indent_++;
    line("auto [r" + i + ", n" + i + "] = gocxx::decode_rune(" + x + ", " + i + ");");
    line("w" + i + " = n" + i + ";");
    bind(k, i, int_t);
    bind(v, "r" + i, prog_.types.basic(BasicKind::Int32));
    open_body();
    indent_--;
    line("}");
  } else if (bytes_of) {
    line("for (int64_t " + i + " = 0; " + i + " < " + x + ".len; " + i + "++) {");
    indent_++;
    bind(k, i, int_t);
    bind(v, "static_cast<uint8_t>(" + x + ".ptr[" + i + "])", static_cast<Slice*>(u)->elem);
    open_body();
    indent_--;
    line("}");
  } else if (isa<Array>(u) || isa<Slice>(u) || isa<Pointer>(u)) {
    int64_t n = -1;
    Type* et = nullptr;
    if (auto* a = dyn_cast<Array>(u)) {
      n = a->len;
      et = a->elem;
    } else if (auto* sl = dyn_cast<Slice>(u))
      et = sl->elem;
    else {
      auto* a = static_cast<Array*>(under(static_cast<Pointer*>(u)->elem));
      n = a->len;
      et = a->elem;
    }
    std::string len = n >= 0 ? std::to_string(n) : x + ".len";
    line("for (int64_t " + i + " = 0; " + i + " < " + len + "; " + i + "++) {");
    indent_++;
    bind(k, i, int_t);
    if (!blank(v)) {
      // (A [0]T has no member a; its loop body never runs.)
      std::string acc = isa<Array>(u) ? (n == 0 ? ".begin()[" : ".a[") : ".ptr[";
      std::string elem =
          isa<Pointer>(u) ? "gocxx::deref(" + x + ").at(" + i + ")" : x + acc + i + "]";
      bind(v, elem, et);
    }
    open_body();
    indent_--;
    line("}");
  } else if (auto* m = dyn_cast<Map>(u)) {
    line("for (auto it" + i + " = " + x + ".iter(); it" + i + ".next();) {");
    indent_++;
    bind(k, "it" + i + ".key()", m->key);
    bind(v, "it" + i + ".value()", m->elem);
    open_body();
    indent_--;
    line("}");
  } else if (auto* c = dyn_cast<check::Chan>(u)) {
    line("for (;;) {");
    indent_++;
    line("auto [e" + i + ", ok" + i + "] = co_await " + x + ".recv2();");
    line("if (!ok" + i + ") break;");
    bind(k, "e" + i, c->elem);
    open_body();
    indent_--;
    line("}");
  } else {
    error(s->pos, "unsupported: range over " + type_string(xt));
  }
  line(l.brk + ":;");
  indent_--;
  line("}");
}

void Emitter::switch_stmt(ast::SwitchStmt* s, const std::string& label) {
  Labels l = loop_labels(fn_, label);
  line("{");
  indent_++;
  if (s->init) stmt(s->init);
  std::string tag;
  Type* tag_t = nullptr;
  if (s->tag) {
    tag_t = info_.type_of(s->tag)->type;
    tag = hoist(expr(s->tag), tag_t);
  }
  int sw = ++fn_->labels;
  // Each clause body has a label so that fallthrough can jump to the next one.
  auto body_label = [&](size_t i) {
    return "case_" + std::to_string(sw) + "_" + std::to_string(i);
  };
  size_t n = s->body.size();
  int default_index = -1;
  for (size_t i = 0; i < n; i++)
    if (s->body[i]->is_default) default_index = int(i);
  // Dispatch: evaluate the cases in order, then the default.
  for (size_t i = 0; i < n; i++) {
    ast::CaseClause* cc = s->body[i];
    if (cc->is_default) continue;
    for (ast::Expr* e : cc->list) {
      // Temporaries of a case expression live in a block of their own: the
      // dispatch jumps over them to the clause bodies.
      std::string scratch;
      std::string* saved = out_;
      out_ = &scratch;
      indent_++;
      std::string c;
      const TypeAndValue* etv = info_.type_of(e);
      if (s->tag &&
          (etv->mode == Mode::NilValue || is_basic_kind(etv->type, BasicKind::UntypedNil))) {
        // switch f { case nil: }: funcs, maps and slices compare only with nil.
        c = is_nil(tag, tag_t);
      } else if (s->tag) {
        Type* et = etv->type;
        std::string ev = is_interface(tag_t) && !is_interface(et)
                             ? expr_as(e, tag_t)
                             : expr_as(e, is_interface(et) ? nullptr : tag_t);
        if (ev.empty()) ev = expr(e);
        std::string tv = tag;
        if (is_interface(et) && !is_interface(tag_t)) tv = convert_value(tag, tag_t, et);
        // A case expression may itself be a comparison (switch true { case c == '_': }).
        c = tv + " == (" + ev + ")";
      } else if (is_interface(etv->type)) {
        // switch { case i: } compares i with an implicit true.
        c = convert_value("true", prog_.types.basic(BasicKind::Bool), etv->type) + " == (" +
            expr(e) + ")";
      } else {
        c = expr(e);
      }
      indent_--;
      out_ = saved;
      if (scratch.empty()) {
        line("if (" + c + ") goto " + body_label(i) + ";");
      } else {
        line("{");
        *out_ += scratch;
        line("  if (" + c + ") goto " + body_label(i) + ";");
        line("}");
      }
    }
  }
  if (default_index >= 0)
    line("goto " + body_label(default_index) + ";");
  else
    line("goto " + l.brk + ";");
  fn_->targets.push_back({s, l.brk, "", false});
  for (size_t i = 0; i < n; i++) {
    line(body_label(i) + ": {");
    indent_++;
    fn_->targets.push_back({s, "", i + 1 < n ? body_label(i + 1) : l.brk, false});
    stmts(s->body[i]->body);
    fn_->targets.pop_back();
    line("goto " + l.brk + ";");
    indent_--;
    line("}");
  }
  fn_->targets.pop_back();
  line(l.brk + ":;");
  indent_--;
  line("}");
  fn_->labels++;
}

void Emitter::type_switch(ast::SwitchStmt* s, const std::string& label) {
  Labels l = loop_labels(fn_, label);
  auto* guard = ast::cast<ast::TypeSwitchGuard>(s->tag);
  line("{");
  indent_++;
  if (s->init) stmt(s->init);
  Type* xt = info_.type_of(guard->x)->type;
  std::string x = hoist(expr(guard->x), xt);
  fn_->targets.push_back({s, l.brk, "", false});
  bool first = true;
  ast::CaseClause* dflt = nullptr;
  auto bind_var = [&](ast::CaseClause* cc, Type* case_t) {
    auto it = info_.implicits.find(cc);
    if (it == info_.implicits.end()) return;
    auto* v = static_cast<Var*>(it->second);
    std::string init;
    if (case_t == nullptr || is_interface(v->type)) {
      init = is_interface(xt) && is_interface(v->type) ? convert_value(x, xt, v->type) : x;
      if (is_interface(v->type) && !static_cast<Interface*>(under(v->type))->all_methods.empty() &&
          cty(v->type) != cty(xt))
        init = cty(v->type) + "{" + x + "}";
    } else {
      init = "gocxx::unbox<" + cty(v->type) + ">(" + x + ")";
    }
    declare_var(v, init);
    line("(void)" + fn_->names[v] + ";");
  };
  for (ast::CaseClause* cc : s->body) {
    if (cc->is_default) {
      dflt = cc;
      continue;
    }
    std::string cond;
    Type* single = nullptr;
    for (ast::Expr* e : cc->list) {
      const TypeAndValue* tv = info_.type_of(e);
      std::string c;
      if (tv->mode == Mode::NilValue ||
          (tv->type && isa<Basic>(tv->type) &&
           static_cast<Basic*>(tv->type)->basic_kind == BasicKind::UntypedNil)) {
        c = x + ".is_nil()";
      } else if (is_interface(tv->type)) {
        c = "gocxx::implements(" + x + ".type, " + desc(tv->type) + ")";
      } else {
        c = x + ".type == " + desc(tv->type);
      }
      cond += (cond.empty() ? "" : " || ") + c;
      if (cc->list.size() == 1 && tv->mode != Mode::NilValue) single = tv->type;
    }
    line(std::string(first ? "if (" : "} else if (") + cond + ") {");
    first = false;
    indent_++;
    bind_var(cc, single);
    stmts(cc->body);
    indent_--;
  }
  if (dflt != nullptr) {
    line(first ? "{" : "} else {");
    indent_++;
    bind_var(dflt, nullptr);
    stmts(dflt->body);
    indent_--;
    line("}");
  } else if (!first) {
    line("}");
  }
  fn_->targets.pop_back();
  line(l.brk + ":;");
  indent_--;
  line("}");
}

void Emitter::select_stmt(ast::SelectStmt* s, const std::string& label) {
  Labels l = loop_labels(fn_, label);
  line("{");
  indent_++;
  size_t ncases = 0;
  bool has_default = false;
  for (ast::CommClause* cc : s->body) {
    if (cc->comm == nullptr)
      has_default = true;
    else
      ncases++;
  }
  if (ncases == 0 && !has_default) {
    line("co_await gocxx::SelectForever{};");
    indent_--;
    line("}");
    return;
  }
  std::string sel = "sel" + std::to_string(fn_->labels);
  line("gocxx::Select<" + std::to_string(ncases) + "> " + sel + ";");
  // Channel and value operands are evaluated in source order, once.
  struct Case {
    ast::CommClause* cc;
    std::string value, ok;
    ast::AssignStmt* assign = nullptr;
    Type* elem = nullptr;  // the channel's element type
  };
  std::vector<Case> cases;
  for (ast::CommClause* cc : s->body) {
    if (cc->comm == nullptr) continue;
    Case c{cc, "", "", nullptr, nullptr};
    if (auto* snd = ast::dyn_cast<ast::SendStmt>(cc->comm)) {
      auto* ch = static_cast<check::Chan*>(under(info_.type_of(snd->chan)->type));
      std::string chan = hoist(expr(snd->chan), nullptr);
      std::string val = hoist(expr_as(snd->value, ch->elem), ch->elem);
      line(sel + ".send(" + chan + ", &" + val + ");");
    } else {
      ast::Expr* rx = nullptr;
      if (auto* es = ast::dyn_cast<ast::ExprStmt>(cc->comm)) rx = es->x;
      if (auto* as = ast::dyn_cast<ast::AssignStmt>(cc->comm)) {
        rx = as->rhs[0];
        c.assign = as;
      }
      auto* u = ast::cast<ast::UnaryExpr>(ast::unparen(rx));
      auto* ch = static_cast<check::Chan*>(under(info_.type_of(u->x)->type));
      std::string chan = hoist(expr(u->x), nullptr);
      c.elem = ch->elem;
      c.value = "v" + std::to_string(cases.size()) + "_" + sel;
      c.ok = "ok" + std::to_string(cases.size()) + "_" + sel;
      line(cty(ch->elem) + " " + c.value + "{};");
      line("bool " + c.ok + " = false;");
      line(sel + ".recv(" + chan + ", &" + c.value + ", &" + c.ok + ");");
    }
    cases.push_back(c);
  }
  fn_->targets.push_back({s, l.brk, "", false});
  line("switch (" + std::string(has_default ? sel + ".poll()" : "co_await " + sel + ".wait()") +
       ") {");
  int idx = 0;
  for (ast::CommClause* cc : s->body) {
    if (cc->comm == nullptr) {
      line("case -1: {");
    } else {
      Case& c = cases[idx];
      line("case " + std::to_string(idx) + ": {");
      indent_++;
      if (c.assign != nullptr) {
        auto* as = c.assign;
        std::vector<std::string> vals = {c.value, c.ok};
        for (size_t i = 0; i < as->lhs.size(); i++) {
          auto* id = ast::dyn_cast<ast::Ident>(as->lhs[i]);
          if (id && id->name == "_") continue;
          // case i = <-c: assignability may need a conversion (int into interface{}).
          Type* from = i == 0 ? c.elem : prog_.types.basic(BasicKind::Bool);
          if (as->tok == TokenKind::Define)
            declare_var(static_cast<Var*>(info_.defs[id]), vals[i]);
          else
            line(lvalue(as->lhs[i]) + " = " +
                 convert_value(vals[i], from, info_.type_of(as->lhs[i])->type) + ";");
        }
      }
      indent_--;
      idx++;
    }
    indent_++;
    stmts(cc->body);
    line("goto " + l.brk + ";");
    indent_--;
    line("}");
  }
  line("}");
  fn_->targets.pop_back();
  line(l.brk + ":;");
  indent_--;
  line("}");
}

}  // namespace gocxx::lower
