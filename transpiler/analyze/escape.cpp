// This file implements the escape facts (escape.h).
//
// A parameter of pointer or slice type leaks unless every use of it in the
// body is harmless. The tags start optimistic (nothing leaks) and grow to a
// fixed point, so a parameter passed only to harmless uses along a cycle of
// calls stays non-leaking, which is right: nothing on the cycle keeps it.
//
// Harmless uses of a pointer or slice value v (escapes() answers false):
//   - v[i], v.f, *v and the element and field paths below them, unless that
//     path's address is taken again (&v[i], v.arr[:], a pointer method on
//     v.f), in which case the new pointer's own context decides;
//   - v[i:j] when the resulting slice is itself used harmlessly;
//   - len, cap, copy, print/println, the spread source of append(dst, v...),
//     string(v), comparisons, `range v`;
//   - an argument (or a pointer method's receiver) of a call whose callee is
//     known statically and whose parameter does not leak, unless the call is
//     the operand of go or defer.
// Everything else escapes: assignment, return, composite literals, sends,
// closures, conversions other than to string, interface and func-value calls,
// extern functions (their bodies are C++), variadic packing.

#include "analyze/escape.h"

#include "check/callee.h"
#include "parse/visit.h"

namespace gocxx::analyze {

using namespace check;
using scan::TokenKind;

namespace {

bool tracked_type(Type* t) {
  Type* u = under(t);
  return isa<Pointer>(u) || isa<Slice>(u);
}

}  // namespace

EscapeFacts::EscapeFacts(Program& prog) : prog_(prog), info_(prog.info) {
  for (Package* pkg : prog_.packages) {
    for (ast::File* f : pkg->files) {
      for (ast::Decl* d : f->decls) {
        std::vector<ast::Node*> kids;
        ast::walk(d, [&](ast::Node* x) {
          ast::visit_children(x, ast::internal::Collector{kids});
          for (ast::Node* k : kids) parents_[k] = x;
          kids.clear();
          return true;
        });
        auto* fd = ast::dyn_cast<ast::FuncDecl>(d);
        if (fd == nullptr) continue;
        auto it = info_.defs.find(fd->name);
        if (it == info_.defs.end() || !isa<Func>(it->second)) continue;
        index_body(static_cast<Func*>(it->second), fd);
      }
    }
  }
}

void EscapeFacts::index_body(Func* f, ast::FuncDecl* fd) {
  if (fd->body == nullptr || !f->cxx_binding.empty() || !fd->type_params.empty()) return;
  has_body_[f] = true;
  Body b{f, fd, {}};
  auto track = [&](ast::Field* field, int index) {
    if (field == nullptr || field->name == nullptr) return;
    auto it = info_.defs.find(field->name);
    if (it == info_.defs.end()) return;
    auto* v = dyn_cast<Var>(it->second);
    if (v != nullptr && tracked_type(v->type)) b.params.push_back({v, index});
  };
  track(fd->recv, -1);
  for (size_t i = 0; i < fd->type->params.size(); i++)
    track(fd->type->params[i], static_cast<int>(i));
  if (b.params.empty()) return;
  for (auto& [v, index] : b.params) uses_[v];
  ast::walk(fd->body, [&](ast::Node* x) {
    if (auto* id = ast::dyn_cast<ast::Ident>(x)) {
      auto it = info_.uses.find(id);
      if (it != info_.uses.end()) {
        auto u = uses_.find(static_cast<const Var*>(dyn_cast<Var>(it->second)));
        if (u != uses_.end()) u->second.push_back(id);
      }
    }
    return true;
  });
  bodies_.push_back(std::move(b));
}

void EscapeFacts::solve() {
  for (bool changed = true; changed;) {
    changed = false;
    for (const Body& b : bodies_) {
      for (auto& [v, index] : b.params) {
        bool& leak = leaks_[{b.func, index}];
        if (!leak && param_leaks(b.decl->body, v)) {
          leak = true;
          changed = true;
        }
      }
    }
  }
}

const ast::Node* EscapeFacts::parent(const ast::Node* n) const {
  auto it = parents_.find(n);
  return it == parents_.end() ? nullptr : it->second;
}

// The parent of *n once the parentheses around it are climbed; *n becomes its
// outermost parenthesized form, which is what the parent holds.
const ast::Node* EscapeFacts::context(const ast::Node** n) const {
  const ast::Node* p = parent(*n);
  while (p != nullptr && p->kind == ast::NodeKind::ParenExpr) {
    *n = p;
    p = parent(p);
  }
  return p;
}

const ast::Node* EscapeFacts::parent_skipping_parens(const ast::Node* n) const {
  return context(&n);
}

bool EscapeFacts::inside_func_lit(const ast::Node* n, const ast::Node* body) const {
  for (const ast::Node* p = parent(n); p != nullptr && p != body; p = parent(p)) {
    if (p->kind == ast::NodeKind::FuncLit) return true;
  }
  return false;
}

bool EscapeFacts::leaks(Func* f, int index) const {
  if (!has_body_.count(f)) return true;
  auto it = leaks_.find({f, index});
  return it != leaks_.end() && it->second;
}

namespace {

bool deferred_or_spawned(const ast::Node* call_parent) {
  return call_parent != nullptr && (call_parent->kind == ast::NodeKind::GoStmt ||
                                    call_parent->kind == ast::NodeKind::DeferStmt);
}

}  // namespace

bool EscapeFacts::escapes(const ast::Expr* e) const {
  const ast::Node* child = e;
  const ast::Node* p = context(&child);
  if (p == nullptr) return true;
  switch (p->kind) {
    case ast::NodeKind::CallExpr: {
      auto* call = ast::cast<ast::CallExpr>(const_cast<ast::Node*>(p));
      int k = -1;
      for (size_t i = 0; i < call->args.size(); i++)
        if (call->args[i] == child) k = static_cast<int>(i);
      if (k < 0) return true;  // the callee position
      if (info_.conversions.count(call)) {
        const TypeAndValue* tv = info_.type_of(call);
        auto* b = tv != nullptr ? dyn_cast<Basic>(under(tv->type)) : nullptr;
        return b == nullptr || (b->info & kIsString) == 0;  // string(bytes) copies
      }
      if (auto it = info_.builtin_calls.find(call); it != info_.builtin_calls.end()) {
        switch (it->second) {
          case BuiltinId::Len:
          case BuiltinId::Cap:
          case BuiltinId::Copy:
          case BuiltinId::Print:
          case BuiltinId::Println:
            return false;
          case BuiltinId::Append:
            return !(call->has_dots && k == 1);
          default:
            return true;
        }
      }
      if (deferred_or_spawned(parent_skipping_parens(call))) return true;
      Callee c = callee_of(info_, call->fun);
      Func* f = c.static_func();
      if (f == nullptr) return true;
      auto* sig = dyn_cast<Signature>(f->type);
      if (sig == nullptr) return true;
      // T.M(x, a...): x is the receiver (leak index -1), a... the parameters.
      if (c.selection != nullptr && c.selection->kind == Selection::Kind::MethodExpr) {
        if (k == 0) return leaks(f, -1);
        k--;
      }
      int n = static_cast<int>(sig->params->size());
      if (k >= n || (sig->variadic && k >= n - 1 && !call->has_dots)) return true;
      return leaks(f, k);
    }
    case ast::NodeKind::SelectorExpr: {
      auto* sel = ast::cast<ast::SelectorExpr>(const_cast<ast::Node*>(p));
      if (sel->x != child) return true;
      auto it = info_.selections.find(sel);
      if (it == info_.selections.end()) return true;
      if (it->second.kind == Selection::Kind::FieldVal) return element_use_escapes(sel);
      return receiver_escapes(sel);
    }
    case ast::NodeKind::IndexExpr:
      if (ast::cast<ast::IndexExpr>(const_cast<ast::Node*>(p))->x != child) return true;
      return element_use_escapes(static_cast<const ast::Expr*>(p));
    case ast::NodeKind::StarExpr:
      return element_use_escapes(static_cast<const ast::Expr*>(p));
    case ast::NodeKind::SliceExpr:
      if (ast::cast<ast::SliceExpr>(const_cast<ast::Node*>(p))->x != child)
        return false;  // an index
      return escapes(static_cast<const ast::Expr*>(p));
    case ast::NodeKind::BinaryExpr: {
      TokenKind op = ast::cast<ast::BinaryExpr>(const_cast<ast::Node*>(p))->op;
      return op != TokenKind::Eql && op != TokenKind::Neq;
    }
    case ast::NodeKind::RangeStmt:
      return ast::cast<ast::RangeStmt>(const_cast<ast::Node*>(p))->x != child;
    default:
      return true;
  }
}

bool EscapeFacts::packed_args_escape(const ast::CallExpr* call) const {
  if (call->has_dots || info_.conversions.count(call) || info_.builtin_calls.count(call))
    return true;
  if (deferred_or_spawned(parent_skipping_parens(call))) return true;
  Func* f = callee_of(info_, call->fun).static_func();
  if (f == nullptr) return true;
  auto* sig = dyn_cast<Signature>(f->type);
  if (sig == nullptr || !sig->variadic || sig->params->size() == 0) return true;
  return leaks(f, static_cast<int>(sig->params->size()) - 1);
}

bool EscapeFacts::receiver_escapes(const ast::Expr* fun) const {
  auto* sel = ast::dyn_cast<ast::SelectorExpr>(ast::unparen(const_cast<ast::Expr*>(fun)));
  if (sel == nullptr) return true;
  const ast::Node* call = parent_skipping_parens(sel);
  if (call == nullptr || call->kind != ast::NodeKind::CallExpr) return true;  // a method value
  if (ast::unparen(ast::cast<ast::CallExpr>(const_cast<ast::Node*>(call))->fun) != sel) return true;
  if (deferred_or_spawned(parent_skipping_parens(call))) return true;
  Func* m = callee_of(info_, sel).static_func();
  return m == nullptr || leaks(m, -1);
}

// access is an expression denoting memory reached through the tracked value
// (v[i], v.f, *v). Reading or writing it is harmless; taking its address again
// is judged by where that address goes.
bool EscapeFacts::element_use_escapes(const ast::Expr* access) const {
  const ast::Node* cur = access;
  for (;;) {
    const ast::Node* child = cur;
    const ast::Node* p = context(&child);
    if (p == nullptr) return false;
    const TypeAndValue* tv = info_.type_of(static_cast<const ast::Expr*>(cur));
    Type* t = tv != nullptr ? under(tv->type) : nullptr;
    switch (p->kind) {
      case ast::NodeKind::IndexExpr:
        if (ast::cast<ast::IndexExpr>(const_cast<ast::Node*>(p))->x != child) return false;
        if (t == nullptr || !isa<Array>(t)) return false;  // into other memory
        cur = p;
        continue;
      case ast::NodeKind::SelectorExpr: {
        auto* sel = ast::cast<ast::SelectorExpr>(const_cast<ast::Node*>(p));
        auto it = info_.selections.find(sel);
        if (it == info_.selections.end()) return true;
        if (it->second.kind == Selection::Kind::FieldVal) {
          if (it->second.indirect) return false;  // through a pointer: other memory
          cur = p;
          continue;
        }
        if (it->second.kind != Selection::Kind::MethodVal) return true;
        auto* m = static_cast<Func*>(it->second.obj);
        if (is_interface(it->second.recv)) return false;  // the value is copied into the interface
        if (!m->has_ptr_recv || (t != nullptr && isa<Pointer>(t))) return false;
        return receiver_escapes(sel);  // x.M() with func (*T) M takes &x
      }
      case ast::NodeKind::UnaryExpr:
        if (ast::cast<ast::UnaryExpr>(const_cast<ast::Node*>(p))->op == TokenKind::And)
          return escapes(static_cast<const ast::Expr*>(p));
        return false;
      case ast::NodeKind::SliceExpr:
        if (ast::cast<ast::SliceExpr>(const_cast<ast::Node*>(p))->x != child) return false;
        if (t == nullptr || !isa<Array>(t)) return false;  // slicing a slice value read from memory
        return escapes(static_cast<const ast::Expr*>(p));
      default:
        return false;
    }
  }
}

bool EscapeFacts::param_leaks(const ast::Node* body, Var* v) const {
  auto it = uses_.find(v);
  if (it == uses_.end()) return false;
  for (const ast::Ident* id : it->second) {
    if (inside_func_lit(id, body)) return true;
    const ast::Node* p = parent_skipping_parens(id);
    if (p != nullptr && p->kind == ast::NodeKind::AssignStmt) {
      bool on_left = false;
      for (ast::Expr* l : ast::cast<ast::AssignStmt>(const_cast<ast::Node*>(p))->lhs)
        on_left |= ast::unparen(l) == id;
      if (on_left) continue;
    }
    if (escapes(id)) return true;
  }
  return false;
}

}  // namespace gocxx::analyze
