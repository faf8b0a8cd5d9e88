// This file implements simple statements: declarations, assignments,
// inc/dec, sends, expression statements, returns and branches.
//
//   x := f()            ->  int64_t x = go::main::f();
//   a, b = b, a         ->  auto t1 = b; auto t2 = a; a = t1; b = t2;
//   v, ok := m[k]       ->  auto t1 = m.get2(k); int64_t v = std::get<0>(t1); bool ok =
//   std::get<1>(t1); m[k] += 1           ->  m.ref(k) += 1; x /= y              ->  { auto& r = x;
//   r = gocxx::div<int64_t>(r, y); } c <- v              ->  co_await c.send(v); return a, b ->
//   return {a, b};   (co_return / goto ret with defers)

#include <cstdio>
#include <set>

#include "lower/emitter.h"
#include "parse/visit.h"

namespace gocxx::lower {

void Emitter::line(const std::string& text) {
  out_->append(static_cast<size_t>(indent_) * 2, ' ');
  *out_ += text;
  *out_ += '\n';
}

// `#line N "file"`: the file name as a string literal, so that any byte of it (a quote, a
// backslash, a newline) stays in the directive.
std::string Emitter::line_text(int line_no, std::string_view file) const {
  std::string out = "#line " + std::to_string(line_no) + " \"";
  std::string_view root = opts_.std_root;
  if (!root.empty() && file.size() > root.size() && file.substr(0, root.size()) == root &&
      file[root.size()] == '/') {
    out += "$GOCXXROOT/runtime/std";
    file.remove_prefix(root.size());
  }
  for (unsigned char c : file) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  return out + "\"\n";
}

void Emitter::line_directive(Pos pos) {
  if (!opts_.line_directives || !pos.is_valid()) return;
  auto loc = prog_.sources.location(pos);
  *out_ += line_text(loc.line, loc.file->name());
}

void Emitter::declare_var(const Var* v, const std::string& init) {
  std::string name = declare_local(v);
  std::string T = cty(v->type);
  if (an_.on_heap(v)) {
    line(T + "* " + name + " = gocxx::gc_new<" + T + ">(" + init + ");");
  } else {
    line(T + " " + name + " = " + init + ";");
  }
}

// The values of a multi-value expression (f(), m[k], x.(T), <-c), each with
// its Go type, after evaluating it once into a temporary:
//   a, b := f()   ->  auto t1 = f();  ... std::get<0>(t1) ... std::get<1>(t1)
std::vector<std::pair<std::string, Type*>> Emitter::unpack(ast::Expr* e) {
  std::string t =
      hoist(e->kind == ast::NodeKind::CallExpr ? call(ast::cast<ast::CallExpr>(e), true) : expr(e),
            nullptr);
  const TypeAndValue* tv = info_.type_of(e);
  auto* tu = dyn_cast<Tuple>(tv->type);
  size_t n = tu ? tu->size() : 2;  // comma-ok forms: (value, bool)
  std::vector<std::pair<std::string, Type*>> out;
  for (size_t i = 0; i < n; i++) {
    Type* from = tu ? tu->vars[i]->type : (i == 0 ? tv->type : prog_.types.basic(BasicKind::Bool));
    out.push_back({"std::get<" + std::to_string(i) + ">(" + t + ")", from});
  }
  return out;
}

void Emitter::var_decl(std::span<ast::Ident*> names, ast::Expr* type,
                       std::span<ast::Expr*> values) {
  (void)type;
  std::vector<const Var*> vars;
  for (ast::Ident* id : names)
    vars.push_back(static_cast<const Var*>(info_.defs.count(id) ? info_.defs[id] : nullptr));
  if (values.empty()) {
    for (const Var* v : vars)
      if (v) declare_var(v, zero(v->type));
    return;
  }
  if (values.size() == 1 && names.size() > 1) {
    // var a, b = f() / m[k] / x.(T) / <-c
    auto vals = unpack(values[0]);
    for (size_t i = 0; i < vars.size(); i++) {
      if (vars[i])
        declare_var(vars[i], convert_value(vals[i].first, vals[i].second, vars[i]->type));
    }
    return;
  }
  std::vector<ast::Expr*> es(values.begin(), values.end());
  std::vector<Type*> ts;
  for (const Var* v : vars) ts.push_back(v ? v->type : nullptr);
  auto ops = operands(es, ts);
  for (size_t i = 0; i < vars.size(); i++) {
    if (vars[i])
      declare_var(vars[i], ops[i]);
    else
      line("(void)(" + ops[i] + ");");
  }
}

void Emitter::decl_stmt(ast::DeclStmt* s) {
  for (ast::Spec* sp : s->decl->specs) {
    if (auto* vs = ast::dyn_cast<ast::ValueSpec>(sp)) {
      if (s->decl->tok == TokenKind::Var) var_decl(vs->names, vs->type, vs->values);
    } else if (auto* ts = ast::dyn_cast<ast::TypeSpec>(sp)) {
      auto it = info_.defs.find(ts->name);
      if (it != info_.defs.end() && it->second->type) require_type(it->second->type);
    }
  }
}

// Whether an identifier spelled like one of names occurs in exprs.
bool Emitter::mentions_any(std::span<ast::Expr*> exprs, std::span<ast::Expr*> names) {
  std::set<std::string_view> spelled;
  for (ast::Expr* n : names) spelled.insert(ast::cast<ast::Ident>(n)->name);
  bool found = false;
  for (ast::Expr* e : exprs) {
    ast::walk(e, [&](ast::Node* x) {
      if (auto* id = ast::dyn_cast<ast::Ident>(x); id && spelled.count(id->name)) found = true;
      return !found;
    });
  }
  return found;
}

void Emitter::define(ast::AssignStmt* s) {
  // Some left-hand names may be redeclared (assigned), others new.
  bool all_new = true;
  for (ast::Expr* l : s->lhs) {
    auto* id = ast::cast<ast::Ident>(l);
    if (id->name != "_" && !info_.defs.count(id)) all_new = false;
  }
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    auto vals = unpack(s->rhs[0]);
    for (size_t i = 0; i < s->lhs.size(); i++) {
      auto* id = ast::cast<ast::Ident>(s->lhs[i]);
      if (id->name == "_") continue;
      const auto& [v, from] = vals[i];
      auto d = info_.defs.find(id);
      if (d != info_.defs.end() && d->second) {
        auto* var = static_cast<Var*>(d->second);
        declare_var(var, convert_value(v, from, var->type));
      } else {
        auto* var = static_cast<Var*>(info_.uses[id]);
        line(local(var) + " = " + convert_value(v, from, var->type) + ";");
      }
    }
    return;
  }
  std::vector<ast::Expr*> es(s->rhs.begin(), s->rhs.end());
  std::vector<Type*> ts;
  for (ast::Expr* l : s->lhs) {
    auto* id = ast::cast<ast::Ident>(l);
    Object* o =
        info_.defs.count(id) ? info_.defs[id] : (info_.uses.count(id) ? info_.uses[id] : nullptr);
    ts.push_back(o ? o->type : nullptr);
  }
  // a, b := f(), g() declaring only new names: declarations in order keep
  // Go's evaluation order without temporaries, unless a right-hand side
  // names one of them (then it means an outer variable the C++
  // declaration would shadow).
  if (all_new && es.size() > 1 && !mentions_any(es, s->lhs)) {
    for (size_t i = 0; i < s->lhs.size(); i++) {
      std::string v = operands({es[i]}, {ts[i]})[0];
      auto* id = ast::cast<ast::Ident>(s->lhs[i]);
      if (id->name == "_")
        line("(void)(" + v + ");");
      else
        declare_var(static_cast<Var*>(info_.defs[id]), v);
    }
    return;
  }
  std::vector<std::string> ops;
  if (es.size() == 1 && es[0]->kind == ast::NodeKind::CallExpr && ts[0] != nullptr) {
    ops.push_back(convert_value(call(ast::cast<ast::CallExpr>(es[0]), true),
                                info_.type_of(es[0])->type, ts[0]));
  } else {
    ops = operands(es, ts);
  }
  // With a redeclared name among several, the values are computed before any
  // assignment (a, b := b, a).
  if (!all_new && s->lhs.size() > 1) {
    for (auto& o : ops) o = hoist(o, nullptr);
  }
  for (size_t i = 0; i < s->lhs.size(); i++) {
    auto* id = ast::cast<ast::Ident>(s->lhs[i]);
    if (id->name == "_") {
      line("(void)(" + ops[i] + ");");
      continue;
    }
    auto d = info_.defs.find(id);
    if (d != info_.defs.end() && d->second)
      declare_var(static_cast<Var*>(d->second), ops[i]);
    else
      line(local(static_cast<Var*>(info_.uses[id])) + " = " + ops[i] + ";");
  }
}

void Emitter::assign(ast::AssignStmt* s) {
  if (s->tok == TokenKind::Define) return define(s);
  if (s->tok != TokenKind::Assign) return op_assign(s);
  auto lhs_type = [&](ast::Expr* l) -> Type* {
    const TypeAndValue* tv = info_.type_of(l);
    return tv ? tv->type : nullptr;
  };
  auto is_blank = [&](ast::Expr* l) {
    auto* id = ast::dyn_cast<ast::Ident>(ast::unparen(l));
    return id != nullptr && id->name == "_";
  };
  if (s->rhs.size() == 1 && s->lhs.size() > 1) {
    // p, *p = f(): the left operands are evaluated before the call.
    std::vector<std::string> targets(s->lhs.size());
    for (size_t i = 0; i < s->lhs.size(); i++) {
      if (!is_blank(s->lhs[i])) targets[i] = fixed_lvalue(s->lhs[i]);
    }
    auto vals = unpack(s->rhs[0]);
    for (size_t i = 0; i < s->lhs.size(); i++) {
      if (is_blank(s->lhs[i])) continue;
      line(targets[i] + " = " + convert_value(vals[i].first, vals[i].second, lhs_type(s->lhs[i])) +
           ";");
    }
    return;
  }
  if (s->lhs.size() == 1) {
    if (is_blank(s->lhs[0])) {
      line("(void)(" + expr(s->rhs[0]) + ");");
      return;
    }
    Type* lt = lhs_type(s->lhs[0]);
    ast::Expr* l0 = ast::unparen(s->lhs[0]);
    if (!ast::isa<ast::Ident>(l0) && has_call(l0) && has_call(s->rhs[0])) {
      // Go evaluates the left side's index and pointer operands first.
      auto* ix = ast::dyn_cast<ast::IndexExpr>(l0);
      if (ix != nullptr && isa<Map>(under(info_.type_of(ix->x)->type))) {
        auto* m = static_cast<Map*>(under(info_.type_of(ix->x)->type));
        auto ops = operands({ix->x, ix->indices[0]}, {nullptr, m->key});
        std::string mv = hoist(ops[0], nullptr), kv = hoist(ops[1], m->key);
        std::string v = expr_as(s->rhs[0], lt);
        line(mv + ".ref(" + kv + ") = " + v + ";");
        return;
      }
      std::string r = tmp();
      line("auto& " + r + " = " + lvalue(l0) + ";");
      line(r + " = " + expr_as(s->rhs[0], lt) + ";");
      return;
    }
    std::string rhs;
    if (s->rhs[0]->kind == ast::NodeKind::CallExpr &&
        call_is_async(ast::cast<ast::CallExpr>(s->rhs[0]))) {
      rhs = convert_value(call(ast::cast<ast::CallExpr>(s->rhs[0]), true),
                          info_.type_of(s->rhs[0])->type, lt);
    } else {
      rhs = expr_as(s->rhs[0], lt);
    }
    // A map element is created by ref(): compute the value first if it has effects.
    if (auto* ix = ast::dyn_cast<ast::IndexExpr>(ast::unparen(s->lhs[0]))) {
      if (isa<Map>(under(info_.type_of(ix->x)->type)) && has_call(s->rhs[0])) rhs = hoist(rhs, lt);
    }
    line(lvalue(s->lhs[0]) + " = " + rhs + ";");
    return;
  }
  // Parallel assignment: operands of index expressions and pointer
  // indirections on the left, then the right-hand values, are evaluated
  // first; then the assignments happen left to right. A reference fixes
  // each left-hand location that is not a plain variable.
  std::vector<std::string> targets(s->lhs.size());
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (!is_blank(s->lhs[i])) targets[i] = fixed_lvalue(s->lhs[i]);
  }
  std::vector<ast::Expr*> es(s->rhs.begin(), s->rhs.end());
  std::vector<Type*> ts;
  for (ast::Expr* l : s->lhs) ts.push_back(is_blank(l) ? nullptr : lhs_type(l));
  auto ops = operands(es, ts);
  // Constants cannot see the assignments: only other values need temporaries.
  for (size_t i = 0; i < ops.size(); i++) {
    const TypeAndValue* tv = info_.type_of(es[i]);
    if (tv == nullptr || tv->mode != Mode::Constant) ops[i] = hoist(ops[i], nullptr);
  }
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (is_blank(s->lhs[i])) continue;
    line(targets[i] + " = " + ops[i] + ";");
  }
}

// A left-hand side of a tuple or parallel assignment with its operands
// evaluated now (Go's first phase), written later: a plain variable as is,
// a map element as `m.ref(k)` on hoisted operands (the entry appears only
// when assigned), anything else through a reference:
//   x[i], m[k] = f()  ->  auto& t1 = x.at(i); auto t2 = m; auto t3 = k;
//                         auto t4 = f(); t1 = ...; t2.ref(t3) = ...;
std::string Emitter::fixed_lvalue(ast::Expr* l) {
  l = ast::unparen(l);
  if (ast::isa<ast::Ident>(l)) return lvalue(l);
  if (auto* ix = ast::dyn_cast<ast::IndexExpr>(l)) {
    Type* u = under(info_.type_of(ix->x)->type);
    if (auto* m = dyn_cast<Map>(u)) {
      auto ops = operands({ix->x, ix->indices[0]}, {nullptr, m->key});
      std::string mv = hoist(ops[0], nullptr), kv = hoist(ops[1], m->key);
      return mv + ".ref(" + kv + ")";
    }
    if (isa<Slice>(u) || isa<Pointer>(u)) {
      // The bounds (and nil) check happens at the assignment, after the
      // assignments to its left: m[2], s[1] = 2, 2 sets m[2] and then panics.
      auto ops = operands({ix->x, ix->indices[0]}, {nullptr, nullptr});
      std::string sv = hoist(ops[0], nullptr), iv = hoist(ops[1], nullptr);
      return (isa<Pointer>(u) ? "gocxx::deref(" + sv + ")" : sv) + ".at(" + iv + ")";
    }
  }
  if (auto* st = ast::dyn_cast<ast::StarExpr>(l)) {
    // *p: p is evaluated now, dereferenced (and nil-checked) at the assignment.
    return "gocxx::deref(" + hoist(expr(st->x), nullptr) + ")";
  }
  if (auto* se = ast::dyn_cast<ast::SelectorExpr>(l)) {
    auto it = info_.selections.find(se);
    if (it != info_.selections.end() && it->second.kind == Selection::Kind::FieldVal &&
        it->second.index.size() == 1 && isa<Pointer>(under(info_.type_of(se->x)->type))) {
      // p.f through a pointer: the same for the implicit *p.
      Type* pt = info_.type_of(se->x)->type;
      return field_path(hoist(expr(se->x), nullptr), pt, it->second.index, 1);
    }
  }
  std::string r = tmp();
  line("auto& " + r + " = " + lvalue(l) + ";");
  return r;
}

void Emitter::op_assign(ast::AssignStmt* s) {
  ast::Expr* l = s->lhs[0];
  Type* t = info_.type_of(l)->type;
  std::string op(scan::spelling(s->tok));
  op.pop_back();  // "+=" -> "+"
  Type* yt = t;
  if (op == "<<" || op == ">>") {
    // The count keeps its own type; a constant one may be untyped float (x <<= 1.0).
    const TypeAndValue* ytv = info_.type_of(s->rhs[0]);
    yt = ytv->mode == Mode::Constant && untyped_count(*ytv) ? prog_.types.basic(BasicKind::Uint)
                                                            : ytv->type;
  }
  std::string T = cty(t);
  if (auto* ix = ast::dyn_cast<ast::IndexExpr>(ast::unparen(l));
      ix && isa<Map>(under(info_.type_of(ix->x)->type))) {
    // m[k] op= y: the entry is created only once the value is computed (a
    // division by zero must leave m unchanged); C++17 evaluates the right
    // side of `=` first:  t1.ref(t2) = gocxx::div<T>(t1.get(t2), y);
    std::string loc = fixed_lvalue(l);
    std::string y = expr_as(s->rhs[0], yt);
    std::string cur =
        loc.substr(0, loc.rfind(".ref(")) + ".get(" + loc.substr(loc.rfind(".ref(") + 5);
    std::string v;
    if (is_string(under(t)) && op == "+")
      v = "gocxx::concat(" + cur + ", " + y + ")";
    else if (op == "<<" || op == ">>")
      v = "gocxx::" + std::string(op == "<<" ? "shl" : "shr") + "<" + T + ">(" + cur + ", " + y +
          ")";
    else if (is_integer(under(t)) && (op == "/" || op == "%"))
      v = "gocxx::" + std::string(op == "/" ? "div" : "rem") + "<" + T + ">(" + cur + ", " + y +
          ")";
    else if (op == "&^")
      v = T + "(" + cur + " & ~(" + y + "))";
    else
      v = T + "(" + cur + " " + op + " " + y + ")";
    line(loc + " = " + v + ";");
    return;
  }
  std::string y = expr_as(s->rhs[0], yt);
  std::string x = lvalue(l);
  if (is_string(under(t)) && op == "+") {
    std::string r = tmp();
    line("{ auto& " + r + " = " + x + "; " + r + " = gocxx::concat(" + r + ", " + y + "); }");
  } else if (op == "<<" || op == ">>") {
    std::string r = tmp();
    line("{ auto& " + r + " = " + x + "; " + r + " = gocxx::" + (op == "<<" ? "shl" : "shr") + "<" +
         T + ">(" + r + ", " + y + "); }");
  } else if (is_integer(under(t)) && (op == "/" || op == "%")) {
    std::string r = tmp();
    line("{ auto& " + r + " = " + x + "; " + r + " = gocxx::" + (op == "/" ? "div" : "rem") + "<" +
         T + ">(" + r + ", " + y + "); }");
  } else if (op == "&^") {
    line(x + " &= ~(" + y + ");");
  } else {
    line(x + " " + op + "= " + y + ";");
  }
}

void Emitter::return_stmt(ast::ReturnStmt* s) {
  Signature* sig = fn_->sig;
  size_t n = sig->results->size();
  std::string kw = fn_->coroutine ? "co_return" : "return";
  std::vector<std::string> vals;
  if (s->results.size() == 1 && n > 1) {
    // return f() with a multi-value f.
    std::string v = s->results[0]->kind == ast::NodeKind::CallExpr
                        ? call(ast::cast<ast::CallExpr>(s->results[0]), true)
                        : expr(s->results[0]);
    // Each value converts to its result's type (return h() of (*Buffer, bool) as (Reader, bool)).
    auto* tu = dyn_cast<Tuple>(info_.type_of(s->results[0])->type);
    bool same = tu != nullptr && tu->size() == n;
    for (size_t i = 0; same && i < n; i++)
      same = cty(tu->vars[i]->type) == cty(sig->results->vars[i]->type);
    if (!fn_->has_defer && !fn_->named_results && same) {
      line(kw + " " + v + ";");
      return;
    }
    std::string t = hoist(v, nullptr);
    for (size_t i = 0; i < n; i++) {
      std::string e = "std::get<" + std::to_string(i) + ">(" + t + ")";
      vals.push_back(
          tu != nullptr ? convert_value(e, tu->vars[i]->type, sig->results->vars[i]->type) : e);
    }
  } else if (!s->results.empty()) {
    std::vector<ast::Expr*> es(s->results.begin(), s->results.end());
    std::vector<Type*> ts;
    for (Var* r : sig->results->vars) ts.push_back(r->type);
    if (es.size() == 1 && es[0]->kind == ast::NodeKind::CallExpr &&
        call_is_async(ast::cast<ast::CallExpr>(es[0]))) {
      vals.push_back(convert_value(call(ast::cast<ast::CallExpr>(es[0]), true),
                                   info_.type_of(es[0])->type, ts[0]));
    } else {
      vals = operands(es, ts);
    }
  }
  if (fn_->has_defer || (fn_->named_results && !vals.empty())) {
    if (!vals.empty()) {
      if (vals.size() > 1)
        for (auto& v : vals) v = hoist(v, nullptr);
      for (size_t i = 0; i < n; i++) line(fn_->result_names[i] + " = " + vals[i] + ";");
    }
    if (fn_->has_defer) {
      line("goto ret_;");
      return;
    }
    vals.clear();
  }
  if (vals.empty() && fn_->named_results && n > 0) {
    for (size_t i = 0; i < n; i++) vals.push_back(fn_->result_names[i]);
  }
  if (n == 0) {
    line(kw + ";");
  } else if (n == 1) {
    line(kw + " " + vals[0] + ";");
  } else {
    std::string lst;
    for (size_t i = 0; i < n; i++) lst += (i ? ", " : "") + vals[i];
    line(kw + " " + result_cty(sig, false) + "{" + lst + "};");
  }
}

void Emitter::stmts(std::span<ast::Stmt*> ss) {
  for (ast::Stmt* s : ss) stmt(s);
}

void Emitter::block(ast::BlockStmt* b) {
  line("{");
  indent_++;
  stmts(b->stmts);
  indent_--;
  line("}");
}

void Emitter::stmt(ast::Stmt* s) {
  // A statement that needed temporaries gets a block of its own, so that a
  // goto or a switch dispatch never jumps over their initialization (Go
  // already forbids jumping over the statements that declare variables).
  bool declares = s->kind == ast::NodeKind::DeclStmt || s->kind == ast::NodeKind::LabeledStmt ||
                  (s->kind == ast::NodeKind::AssignStmt &&
                   ast::cast<ast::AssignStmt>(s)->tok == TokenKind::Define);
  // Loops, switch and select keep their temporaries in blocks of their own.
  bool own_block = s->kind == ast::NodeKind::ForStmt || s->kind == ast::NodeKind::RangeStmt ||
                   s->kind == ast::NodeKind::SwitchStmt || s->kind == ast::NodeKind::SelectStmt;
  if (auto* is = ast::dyn_cast<ast::IfStmt>(s); is && is->init != nullptr) own_block = true;
  if (declares || own_block || fn_ == nullptr) return stmt_inner(s);
  std::string scratch;
  std::string* saved = out_;
  out_ = &scratch;
  int temps = fn_->temps;
  stmt_inner(s);
  out_ = saved;
  if (fn_->temps == temps || s->kind == ast::NodeKind::BlockStmt) {
    *out_ += scratch;
    return;
  }
  line("{");
  for (size_t pos = 0; pos < scratch.size();) {
    size_t end = scratch.find('\n', pos);
    if (end == std::string::npos) end = scratch.size();
    if (scratch[pos] != '#') *out_ += "  ";
    out_->append(scratch, pos, end - pos);
    *out_ += '\n';
    pos = end + 1;
  }
  line("}");
}

void Emitter::stmt_inner(ast::Stmt* s) {
  switch (s->kind) {
    case ast::NodeKind::EmptyStmt:
      return;
    case ast::NodeKind::BlockStmt:
      block(ast::cast<ast::BlockStmt>(s));
      return;
    case ast::NodeKind::ExprStmt: {
      ast::Expr* x = ast::unparen(ast::cast<ast::ExprStmt>(s)->x);
      line_directive(s->pos);
      if (auto* c = ast::dyn_cast<ast::CallExpr>(x))
        line(call(c, true) + ";");
      else
        line("(void)(" + expr(x) + ");");
      return;
    }
    case ast::NodeKind::DeclStmt:
      decl_stmt(ast::cast<ast::DeclStmt>(s));
      return;
    case ast::NodeKind::AssignStmt:
      line_directive(s->pos);
      assign(ast::cast<ast::AssignStmt>(s));
      return;
    case ast::NodeKind::IncDecStmt: {
      auto* d = ast::cast<ast::IncDecStmt>(s);
      line(lvalue(d->x) + (d->tok == TokenKind::Inc ? "++;" : "--;"));
      return;
    }
    case ast::NodeKind::SendStmt: {
      auto* snd = ast::cast<ast::SendStmt>(s);
      auto* ch = static_cast<check::Chan*>(under(info_.type_of(snd->chan)->type));
      auto ops = operands({snd->chan, snd->value}, {nullptr, ch->elem});
      line("co_await " + ops[0] + ".send(" + ops[1] + ");");
      return;
    }
    case ast::NodeKind::ReturnStmt:
      line_directive(s->pos);
      return_stmt(ast::cast<ast::ReturnStmt>(s));
      return;
    case ast::NodeKind::BranchStmt:
      branch(ast::cast<ast::BranchStmt>(s));
      return;
    case ast::NodeKind::IfStmt:
      if_stmt(ast::cast<ast::IfStmt>(s));
      return;
    case ast::NodeKind::ForStmt:
      for_stmt(ast::cast<ast::ForStmt>(s), "");
      return;
    case ast::NodeKind::RangeStmt:
      range_stmt(ast::cast<ast::RangeStmt>(s), "");
      return;
    case ast::NodeKind::SwitchStmt: {
      auto* sw = ast::cast<ast::SwitchStmt>(s);
      if (sw->tag && ast::isa<ast::TypeSwitchGuard>(sw->tag))
        type_switch(sw, "");
      else
        switch_stmt(sw, "");
      return;
    }
    case ast::NodeKind::SelectStmt:
      select_stmt(ast::cast<ast::SelectStmt>(s), "");
      return;
    case ast::NodeKind::GoStmt:
      go_stmt(ast::cast<ast::GoStmt>(s));
      return;
    case ast::NodeKind::DeferStmt:
      defer_stmt(ast::cast<ast::DeferStmt>(s));
      return;
    case ast::NodeKind::LabeledStmt: {
      auto* ls = ast::cast<ast::LabeledStmt>(s);
      // Go label L: goto target escape("L_L"); its statement's break and continue
      // targets are escape("B_L") and escape("C_L") (loop_labels).
      std::string label(ls->label->name);
      line(escape("L_" + label) + ":;");
      switch (ls->stmt->kind) {
        case ast::NodeKind::ForStmt:
          for_stmt(ast::cast<ast::ForStmt>(ls->stmt), label);
          return;
        case ast::NodeKind::RangeStmt:
          range_stmt(ast::cast<ast::RangeStmt>(ls->stmt), label);
          return;
        case ast::NodeKind::SwitchStmt: {
          auto* sw = ast::cast<ast::SwitchStmt>(ls->stmt);
          if (sw->tag && ast::isa<ast::TypeSwitchGuard>(sw->tag))
            type_switch(sw, label);
          else
            switch_stmt(sw, label);
          return;
        }
        case ast::NodeKind::SelectStmt:
          select_stmt(ast::cast<ast::SelectStmt>(ls->stmt), label);
          return;
        default:
          stmt(ls->stmt);
          return;
      }
    }
    default:
      error(s->pos, "internal: unsupported statement " + std::string(ast::kind_name(s->kind)));
  }
}

void Emitter::branch(ast::BranchStmt* s) {
  switch (s->tok) {
    case TokenKind::Goto:
      line("goto " + escape("L_" + std::string(s->label->name)) + ";");
      return;
    case TokenKind::Fallthrough:
      line("goto " + fn_->targets.back().cont + ";");
      return;  // set by switch
    default:
      break;
  }
  bool is_break = s->tok == TokenKind::Break;
  // Find the target: the labeled statement, or the innermost loop
  // (break: also switch / select).
  for (auto it = fn_->targets.rbegin(); it != fn_->targets.rend(); ++it) {
    if (s->label != nullptr) {
      if (it->brk != escape("B_" + std::string(s->label->name))) continue;
    } else if (!is_break && !it->is_loop) {
      continue;
    } else if (it->brk.empty()) {
      continue;  // a fallthrough frame
    }
    line("goto " + (is_break ? it->brk : it->cont) + ";");
    return;
  }
  error(s->pos, "internal: branch target not found");
}

}  // namespace gocxx::lower
