// This file implements expressions: identifiers, selectors, index and slice
// expressions, unary and binary operators, conversions for assignability
// (boxing into interfaces, nil), and Go's evaluation order.
//
//   a[i] + b.f          ->  a.at(i) + b.f
//   x / y   (ints)      ->  gocxx::div<int64_t>(x, y)
//   s + t   (strings)   ->  gocxx::concat(s, t)
//   p.f     (*T)        ->  gocxx::deref(p).f
//   var e any = 3       ->  gocxx::box<int64_t>(3, &go::rt::type_int_..)

#include "lower/emitter.h"
#include "parse/visit.h"

namespace gocxx::lower {

std::string cxx_string_literal(std::string_view bytes);

namespace {

bool is_narrow_int(Type* t) {
  auto* b = dyn_cast<Basic>(under(t));
  if (b == nullptr) return false;
  switch (b->basic_kind) {
    case BasicKind::Int8:
    case BasicKind::Int16:
    case BasicKind::Uint8:
    case BasicKind::Uint16:
    case BasicKind::Int32:
    case BasicKind::Uint32:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string Emitter::hoist(const std::string& value, Type* t) {
  std::string name = tmp();
  line((t != nullptr ? cty(t) : std::string("auto")) + " " + name + " = " + value + ";");
  return name;
}

bool Emitter::call_is_async(ast::CallExpr* e) {
  if (info_.conversions.count(e) || info_.builtin_calls.count(e)) return false;
  ast::Expr* fun = ast::unparen(e->fun);
  if (auto* lit = ast::dyn_cast<ast::FuncLit>(fun)) return an_.blocking(lit);
  Selection* sel = nullptr;
  const Func* f = called_func(e, &sel);
  if (f != nullptr) {
    auto* sig = static_cast<Signature*>(f->type);
    if (sel != nullptr && is_interface(sel->recv)) return an_.async_method(f->name, sig);
    if (sig->recv != nullptr && is_interface(sig->recv->type))
      return an_.async_method(f->name, sig);
    return an_.blocking(f);
  }
  const TypeAndValue* tv = info_.type_of(fun);
  if (tv == nullptr) return false;
  auto* sig = dyn_cast<Signature>(under(tv->type));
  return sig != nullptr && is_async_sig(sig);
}

bool Emitter::has_call(ast::Expr* e) {
  bool found = false;
  ast::walk(e, [&](ast::Node* n) -> bool {
    if (found || ast::isa<ast::FuncLit>(n)) return false;
    if (auto* c = ast::dyn_cast<ast::CallExpr>(n)) {
      if (!info_.conversions.count(c)) {
        auto b = info_.builtin_calls.find(c);
        if (b == info_.builtin_calls.end() ||
            (b->second != BuiltinId::Len && b->second != BuiltinId::Cap &&
             b->second != BuiltinId::Real && b->second != BuiltinId::Imag &&
             b->second != BuiltinId::Complex)) {
          found = true;
        }
      }
    }
    if (auto* u = ast::dyn_cast<ast::UnaryExpr>(n); u && u->op == TokenKind::Arrow) found = true;
    return !found;
  });
  return found;
}

bool Emitter::has_await(ast::Expr* e) {
  if (fn_ == nullptr || !fn_->coroutine) return false;
  bool found = false;
  ast::walk(e, [&](ast::Node* n) -> bool {
    if (found || ast::isa<ast::FuncLit>(n)) return false;
    if (auto* c = ast::dyn_cast<ast::CallExpr>(n)) found = call_is_async(c);
    if (auto* u = ast::dyn_cast<ast::UnaryExpr>(n); u && u->op == TokenKind::Arrow) found = true;
    return !found;
  });
  return found;
}

std::vector<std::string> Emitter::operands(const std::vector<ast::Expr*>& es,
                                           const std::vector<Type*>& targets) {
  std::vector<std::string> out(es.size());
  std::vector<bool> effect(es.size()), hoisted(es.size());
  for (size_t i = 0; i < es.size(); i++) effect[i] = es[i] != nullptr && has_call(es[i]);
  for (size_t i = 0; i < es.size(); i++) {
    if (es[i] == nullptr) continue;
    // Lower the operand aside: if it needed statements of its own (an await,
    // a temporary), everything with effects to its left must run first.
    std::string scratch;
    std::string* saved = out_;
    if (out_ != nullptr) out_ = &scratch;
    out[i] = targets.empty() || targets[i] == nullptr ? expr(es[i]) : expr_as(es[i], targets[i]);
    out_ = saved;
    if (!scratch.empty()) {
      for (size_t j = 0; j < i; j++) {
        if (effect[j] && !hoisted[j]) {
          out[j] =
              hoist(out[j], targets.empty() || targets[j] == nullptr ? info_.type_of(es[j])->type
                                                                     : targets[j]);
          hoisted[j] = true;
        }
      }
      *out_ += scratch;
    }
  }
  // C++ leaves the order of operands unspecified: keep at most one call in place.
  int remaining = 0;
  for (size_t i = 0; i < es.size(); i++) remaining += effect[i] && !hoisted[i];
  for (size_t i = 0; i < es.size() && remaining > 1; i++) {
    if (effect[i] && !hoisted[i]) {
      out[i] = hoist(out[i], targets.empty() || targets[i] == nullptr ? info_.type_of(es[i])->type
                                                                      : targets[i]);
      hoisted[i] = true;
      remaining--;
    }
  }
  return out;
}

std::string Emitter::is_nil(const std::string& v, Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Pointer:
      return "(" + v + " == nullptr)";
    case TypeKind::Interface:
      return "(" + v + ").is_nil()";
    default:
      return "gocxx::is_nil(" + v + ")";
  }
}

std::string Emitter::expr(ast::Expr* e) {
  if (!expr_override_.empty()) {
    auto it = expr_override_.find(e);
    if (it != expr_override_.end()) return it->second;
  }
  const TypeAndValue* tv = info_.type_of(e);
  if (tv != nullptr && tv->mode == Mode::Constant) return constant(tv->value, tv->type);
  switch (e->kind) {
    case ast::NodeKind::ParenExpr:
      return "(" + expr(ast::cast<ast::ParenExpr>(e)->x) + ")";
    case ast::NodeKind::Ident: {
      auto* id = ast::cast<ast::Ident>(e);
      auto it = info_.uses.find(id);
      if (it == info_.uses.end()) {
        error(e->pos, "internal: unresolved identifier " + std::string(id->name));
        return "/*?*/";
      }
      Object* obj = it->second;
      if (auto* v = dyn_cast<Var>(obj)) return local(v);
      if (isa<Nil>(obj))
        return tv != nullptr && !isa<Basic>(under(tv->type)) ? zero(tv->type) : "nullptr";
      if (auto* f = dyn_cast<Func>(obj)) return func_value(f, nullptr, nullptr);
      error(e->pos, "internal: unsupported identifier " + std::string(id->name));
      return "/*?*/";
    }
    case ast::NodeKind::FuncLit:
      return func_lit(ast::cast<ast::FuncLit>(e));
    case ast::NodeKind::CompositeLit:
      return composite(ast::cast<ast::CompositeLit>(e), tv->type);
    case ast::NodeKind::SelectorExpr:
      return selector(ast::cast<ast::SelectorExpr>(e));
    case ast::NodeKind::IndexExpr:
      return index(ast::cast<ast::IndexExpr>(e), false);
    case ast::NodeKind::SliceExpr:
      return slice_expr(ast::cast<ast::SliceExpr>(e));
    case ast::NodeKind::TypeAssertExpr:
      return type_assert(ast::cast<ast::TypeAssertExpr>(e), false);
    case ast::NodeKind::CallExpr:
      return call(ast::cast<ast::CallExpr>(e));
    case ast::NodeKind::StarExpr:
      return "gocxx::deref(" + expr(ast::cast<ast::StarExpr>(e)->x) + ")";
    case ast::NodeKind::UnaryExpr:
      return unary(ast::cast<ast::UnaryExpr>(e));
    case ast::NodeKind::BinaryExpr:
      return binary(ast::cast<ast::BinaryExpr>(e));
    case ast::NodeKind::KeyValueExpr:
    default:
      error(e->pos, "internal: unsupported expression " + std::string(ast::kind_name(e->kind)));
      return "/*?*/";
  }
}

// v of Go type `from` as a value of type `to` (assignable).
std::string Emitter::convert_value(const std::string& v, Type* from, Type* to) {
  if (to == nullptr || from == nullptr) return v;
  bool to_iface = is_interface(to);
  bool from_iface = is_interface(from);
  if (to_iface && !from_iface) {
    if (isa<Basic>(from) && static_cast<Basic*>(from)->basic_kind == BasicKind::UntypedNil)
      return zero(to);
    std::string boxed = "gocxx::box<" + cty(from) + ">(" + v + ", " + desc(from) + ")";
    if (static_cast<Interface*>(under(to))->all_methods.empty()) return boxed;
    return cty(to) + "{" + boxed + "}";
  }
  if (to_iface && from_iface) {
    if (static_cast<Interface*>(under(to))->all_methods.empty()) {
      return static_cast<Interface*>(under(from))->all_methods.empty() ? v
                                                                       : "gocxx::Any(" + v + ")";
    }
    if (cty(to) == cty(from)) return v;
    return cty(to) + "{" + v + "}";
  }
  return v;
}

std::string Emitter::expr_as(ast::Expr* e, Type* target) {
  const TypeAndValue* tv = info_.type_of(e);
  if (tv == nullptr) return expr(e);
  if (tv->mode == Mode::NilValue ||
      (isa<Basic>(tv->type) &&
       static_cast<Basic*>(tv->type)->basic_kind == BasicKind::UntypedNil)) {
    return zero(target);
  }
  if (tv->mode == Mode::Constant && !is_interface(target)) return constant(tv->value, target);
  if (tv->mode == Mode::Constant) {
    // Constants boxed keep their own (default) type.
    return convert_value(constant(tv->value, tv->type), tv->type, target);
  }
  return convert_value(expr(e), tv->type, target);
}

// The fields along an embedding path: x.f, through embedded pointers.
std::string Emitter::field_path(std::string base, Type* t, const std::vector<int>& path, size_t n) {
  for (size_t i = 0; i < n; i++) {
    Type* u = under(t);
    if (auto* p = dyn_cast<Pointer>(u)) {
      base = "gocxx::deref(" + base + ")";
      t = p->elem;
      u = under(t);
    }
    auto* s = dyn_cast<Struct>(u);
    if (s == nullptr) return base + "/*?*/";
    Var* f = s->fields[path[i]];
    base += "." + (f->name == "_" ? std::string("blank_") : escape(f->name));
    t = f->type;
  }
  return base;
}

std::string Emitter::selector(ast::SelectorExpr* e) {
  auto it = info_.selections.find(e);
  if (it == info_.selections.end()) {
    // pkg.Name
    Object* obj = info_.uses.count(e->sel) ? info_.uses[e->sel] : nullptr;
    if (auto* v = dyn_cast<Var>(obj)) return qual(v);
    if (auto* f = dyn_cast<Func>(obj)) return func_value(f, nullptr, nullptr);
    error(e->pos, "internal: unsupported qualified identifier");
    return "/*?*/";
  }
  Selection& sel = it->second;
  if (sel.kind == Selection::Kind::FieldVal) {
    Type* xt = info_.type_of(e->x)->type;
    return field_path(expr(e->x), xt, sel.index, sel.index.size());
  }
  const TypeAndValue* etv = info_.type_of(e);
  const Signature* vsig = etv != nullptr ? dyn_cast<Signature>(under(etv->type)) : nullptr;
  return func_value(static_cast<Func*>(sel.obj), e->x, &sel, vsig);
}

std::string Emitter::index(ast::IndexExpr* e, bool lhs) {
  Type* xt = info_.type_of(e->x)->type;
  Type* u = under(xt);
  std::vector<Type*> targets = {nullptr, nullptr};
  if (auto* m = dyn_cast<Map>(u)) targets[1] = m->key;
  auto ops = operands({e->x, e->indices[0]}, targets);
  if (auto* p = dyn_cast<Pointer>(u)) {
    (void)p;
    return "gocxx::deref(" + ops[0] + ").at(" + ops[1] + ")";
  }
  if (isa<Map>(u)) {
    if (lhs) return ops[0] + ".ref(" + ops[1] + ")";
    if (info_.comma_ok.count(e)) return ops[0] + ".get2(" + ops[1] + ")";
    return ops[0] + ".get(" + ops[1] + ")";
  }
  return ops[0] + ".at(" + ops[1] + ")";
}

std::string Emitter::slice_expr(ast::SliceExpr* e) {
  Type* xt = info_.type_of(e->x)->type;
  Type* u = under(xt);
  std::vector<ast::Expr*> es = {e->low, e->high, e->max};
  std::string base;
  bool array = false;
  int64_t array_len = 0;
  if (isa<Array>(u)) {
    base = addr_of(e->x);
    array = true;
    array_len = static_cast<Array*>(u)->len;
  } else if (auto* p = dyn_cast<Pointer>(u); p && isa<Array>(under(p->elem))) {
    base = expr(e->x);
    array = true;
    array_len = static_cast<Array*>(under(p->elem))->len;
  } else {
    base = expr(e->x);
  }
  auto ops = operands(es, {prog_.types.basic(BasicKind::Int), prog_.types.basic(BasicKind::Int),
                           prog_.types.basic(BasicKind::Int)});
  std::string lo = e->low ? ops[0] : "0";
  if (array) {
    std::string r = "gocxx::slice_of(" + base + ", " + lo;
    if (e->high)
      r += ", " + ops[1];
    else
      r += ", " + std::to_string(array_len);
    if (e->max) r += ", " + ops[2];
    return r + ")";
  }
  if (!e->high) return base + ".slice_from(" + lo + ")";
  if (e->max) return base + ".slice(" + lo + ", " + ops[1] + ", " + ops[2] + ")";
  return base + ".slice(" + lo + ", " + ops[1] + ")";
}

std::string Emitter::addr_of(ast::Expr* e) {
  e = ast::unparen(e);
  if (auto* cl = ast::dyn_cast<ast::CompositeLit>(e)) {
    Type* t = info_.type_of(cl)->type;
    return "gocxx::gc_new<" + cty(t) + ">(" + composite(cl, t) + ")";
  }
  if (auto* id = ast::dyn_cast<ast::Ident>(e)) {
    auto* v = dyn_cast<Var>(info_.uses.count(id) ? info_.uses[id] : nullptr);
    if (v != nullptr && an_.on_heap(v) && fn_ != nullptr && fn_->names.count(v))
      return fn_->names[v];
    return "&" + expr(e);
  }
  if (auto* st = ast::dyn_cast<ast::StarExpr>(e)) return "&gocxx::deref(" + expr(st->x) + ")";
  return "&" + lvalue(e);
}

std::string Emitter::lvalue(ast::Expr* e) {
  e = ast::unparen(e);
  if (auto* ix = ast::dyn_cast<ast::IndexExpr>(e)) return index(ix, true);
  return expr(e);
}

std::string Emitter::unary(ast::UnaryExpr* e) {
  Type* t = info_.type_of(e)->type;
  switch (e->op) {
    case TokenKind::And:
      return addr_of(e->x);
    case TokenKind::Arrow: {
      // Awaits are hoisted to statement level (see operands()).
      std::string c = expr(e->x);
      auto* ch = static_cast<check::Chan*>(under(info_.type_of(e->x)->type));
      if (info_.comma_ok.count(e)) return hoist("co_await " + c + ".recv2()", nullptr);
      return hoist("co_await " + c + ".recv()", ch->elem);
    }
    case TokenKind::Not:
      return "!" + expr(e->x);
    case TokenKind::Sub: {
      std::string x = expr(e->x);
      return is_narrow_int(t) ? cty(t) + "(-" + x + ")" : "-" + x;
    }
    case TokenKind::Add:
      return "+" + expr(e->x);
    case TokenKind::Xor: {
      std::string x = expr(e->x);
      return is_narrow_int(t) ? cty(t) + "(~" + x + ")" : "~" + x;
    }
    default:
      error(e->pos, "internal: unsupported unary operator");
      return "/*?*/";
  }
}

std::string Emitter::comparison(ast::BinaryExpr* e, const std::string& x, const std::string& y) {
  Type* xt = info_.type_of(e->x)->type;
  Type* yt = info_.type_of(e->y)->type;
  const TypeAndValue* xtv = info_.type_of(e->x);
  const TypeAndValue* ytv = info_.type_of(e->y);
  std::string op(scan::spelling(e->op));
  // Comparisons with nil.
  if (ytv->mode == Mode::NilValue ||
      (isa<Basic>(yt) && static_cast<Basic*>(yt)->basic_kind == BasicKind::UntypedNil))
    return (op == "==" ? "" : "!") + is_nil(x, xt);
  if (xtv->mode == Mode::NilValue ||
      (isa<Basic>(xt) && static_cast<Basic*>(xt)->basic_kind == BasicKind::UntypedNil))
    return (op == "==" ? "" : "!") + is_nil(y, yt);
  return x + " " + op + " " + y;
}

// Whether a constant shift count must be emitted as a uint: an untyped one
// that is not an integer, or too big for the int64 an untyped int becomes.
bool Emitter::untyped_count(const TypeAndValue& tv) {
  if (!is_untyped(tv.type)) return false;
  return !is_integer(tv.type) || !constant::int64_val(constant::to_int(tv.value)).exact;
}

std::string Emitter::binary(ast::BinaryExpr* e) {
  Type* t = info_.type_of(e)->type;
  Type* xt = info_.type_of(e->x)->type;
  TokenKind op = e->op;
  if (op == TokenKind::AndAnd || op == TokenKind::OrOr) {
    std::string x = expr(e->x);
    // The right operand is lowered aside: the statements it needs (awaits,
    // temporaries that order its calls) may only run when it is evaluated:
    //   A() && I(E() + H(J()))  ->  bool t1 = A(); if (t1) { auto t2 = E(); ...; t1 = I(...); }
    std::string scratch;
    std::string* saved = out_;
    if (out_ != nullptr) out_ = &scratch;
    indent_++;
    std::string y = expr(e->y);
    indent_--;
    out_ = saved;
    if (scratch.empty()) return x + (op == TokenKind::AndAnd ? " && " : " || ") + y;
    std::string r = hoist(x, prog_.types.basic(BasicKind::Bool));
    line(std::string("if (") + (op == TokenKind::AndAnd ? "" : "!") + r + ") {");
    *out_ += scratch;
    line("  " + r + " = " + y + ";");
    line("}");
    return r;
  }
  bool cmp = op == TokenKind::Eql || op == TokenKind::Neq || op == TokenKind::Lss ||
             op == TokenKind::Leq || op == TokenKind::Gtr || op == TokenKind::Geq;
  if (cmp) {
    Type* yt = info_.type_of(e->y)->type;
    // Mixed interface / concrete comparisons box the concrete side.
    Type* tx = nullptr;
    Type* ty = nullptr;
    if (is_interface(xt) && !is_interface(yt)) ty = xt;
    if (is_interface(yt) && !is_interface(xt)) tx = yt;
    auto ops = operands({e->x, e->y}, {tx, ty});
    for (int k = 0; k < 2; k++) {
      ast::Expr* sub = k == 0 ? e->x : e->y;
      const TypeAndValue* stv = info_.type_of(sub);
      if (ast::isa<ast::BinaryExpr>(ast::unparen(sub)) && !(stv && stv->mode == Mode::Constant))
        ops[k] = "(" + ops[k] + ")";
    }
    return comparison(e, ops[0], ops[1]);
  }
  bool shift = op == TokenKind::Shl || op == TokenKind::Shr;
  // An untyped constant shift count is a uint (x << 1.0, x << (math.MaxUint + 0)).
  Type* count_t = nullptr;
  if (const TypeAndValue* ytv = info_.type_of(e->y);
      shift && ytv->mode == Mode::Constant && untyped_count(*ytv))
    count_t = prog_.types.basic(BasicKind::Uint);
  auto ops = operands({e->x, e->y}, {shift ? nullptr : t, shift ? count_t : t});
  // C++ ranks & ^ | below comparisons and shifts below + -: Go's operator
  // precedence is kept by parenthesizing binary operands.
  auto paren = [&](ast::Expr* sub, const std::string& v) {
    const TypeAndValue* stv = info_.type_of(sub);
    if (ast::isa<ast::BinaryExpr>(ast::unparen(sub)) && !(stv && stv->mode == Mode::Constant))
      return "(" + v + ")";
    return v;
  };
  std::string x = paren(e->x, ops[0]), y = paren(e->y, ops[1]);
  std::string T = cty(t);
  if (is_string(t) && op == TokenKind::Add) return "gocxx::concat(" + x + ", " + y + ")";
  if (shift)
    return std::string(op == TokenKind::Shl ? "gocxx::shl<" : "gocxx::shr<") + T + ">(" + x + ", " +
           y + ")";
  if (is_integer(t) && (op == TokenKind::Div || op == TokenKind::Rem))
    return std::string(op == TokenKind::Div ? "gocxx::div<" : "gocxx::rem<") + T + ">(" + x + ", " +
           y + ")";
  std::string o;
  if (op == TokenKind::AndNot)
    o = " & ~";
  else
    o = " " + std::string(scan::spelling(op)) + " ";
  std::string r = x + o + y;
  if (is_narrow_int(t)) return T + "(" + r + ")";
  if (is_basic_kind(under(t), BasicKind::Float32) && op != TokenKind::Div) return r;
  return r;
}

}  // namespace gocxx::lower
