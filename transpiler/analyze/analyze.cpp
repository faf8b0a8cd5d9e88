// This file implements the analysis (analysis.h): one walk over every
// function body collecting call edges and direct blocking operations, then
// a fixed point over three facts that feed each other:
//   - a function blocks if it does a channel operation, a select without
//     default, a blocking extern call, or calls (directly, through a func
//     value of an async signature, or through an async interface method) a
//     function that blocks;
//   - a func signature is async if any function used as a value of that
//     signature blocks;
//   - an interface method (name + signature) is async if any method of that
//     name and signature blocks.
// The interface method families count only the methods of live types: rapid
// type analysis (Bacon and Sweeney) from main.main and the initializers,
// where a type is live when a reachable body has an expression of that type
// (or of a type containing it), so io.Pipe's blocking Write makes
// fmt.Println a coroutine only in programs that use io.Pipe. Likewise a func
// signature is async only if a reachable body makes a blocking function a
// value of it.
// Escape analysis is the rule of docs/design/values.md: a variable whose
// address escapes its frame (escape.h decides from the address's uses and the
// callees' parameter tags), or that a closure captures and that is assigned
// after its declaration, lives on the heap.

#include <algorithm>
#include <functional>

#include "analyze/analysis.h"
#include "analyze/escape.h"
#include "check/callee.h"
#include "check/methodset.h"
#include "parse/visit.h"

namespace gocxx::analyze {

using namespace check;
using scan::TokenKind;

std::string Analysis::sig_key(const Signature* sig) {
  // Identity ignores parameter names: "func(int, ...string) (int, error)".
  std::string out = "func(";
  for (size_t i = 0; i < sig->params->vars.size(); i++) {
    if (i > 0) out += ", ";
    const Type* t = sig->params->vars[i]->type;
    if (sig->variadic && i + 1 == sig->params->vars.size()) {
      out += "...";
      if (auto* s = dyn_cast<Slice>(t)) t = s->elem;
    }
    out += type_string(t);
  }
  out += ")";
  // Results as reflect writes them: "func() string", "func() (int, error)".
  size_t n = sig->results->size();
  if (n == 1) out += " " + type_string(sig->results->vars[0]->type);
  if (n > 1) {
    out += " (";
    for (size_t i = 0; i < n; i++) {
      if (i > 0) out += ", ";
      out += type_string(sig->results->vars[i]->type);
    }
    out += ")";
  }
  return out;
}

std::string Analysis::method_key(std::string_view name, const Signature* sig) {
  return std::string(name) + " " + sig_key(sig);
}

const FuncNode* Analysis::node(const Func* f) const {
  auto it = by_func_.find(f);
  return it == by_func_.end() ? nullptr : it->second;
}
const FuncNode* Analysis::node(const ast::FuncLit* lit) const {
  auto it = by_lit_.find(lit);
  return it == by_lit_.end() ? nullptr : it->second;
}
bool Analysis::blocking(const Func* f) const {
  const FuncNode* n = node(f);
  return n != nullptr && n->blocking;
}
bool Analysis::blocking(const ast::FuncLit* lit) const {
  const FuncNode* n = node(lit);
  return n != nullptr && n->blocking;
}
bool Analysis::wants_callsite(const Func* f) const {
  const FuncNode* n = node(f);
  return n != nullptr && n->wants_callsite;
}
bool Analysis::value_call_wants_callsite(const Signature* sig) const {
  return !callsite_sigs_.empty() && callsite_sigs_.count(sig_key(sig)) != 0;
}
bool Analysis::iface_call_wants_callsite(std::string_view name, const Signature* sig) const {
  return !callsite_methods_.empty() && callsite_methods_.count(method_key(name, sig)) != 0;
}
bool Analysis::reachable(const Func* f) const {
  const FuncNode* n = node(f);
  return n != nullptr && n->reachable;
}
bool Analysis::async_func_type(const Signature* sig) const {
  return async_sigs_.count(sig_key(sig)) != 0;
}
bool Analysis::async_method(std::string_view name, const Signature* sig) const {
  return async_methods_.count(method_key(name, sig)) != 0;
}
std::vector<std::string> Analysis::async_method_keys() const {
  std::vector<std::string> keys;
  for (const std::string& k : async_methods_) {
    // Unexported names are package-qualified in method tables, never bare: the registry
    // would not match them (and the runtime's own types have only exported methods).
    if (!k.empty() && k[0] >= 'A' && k[0] <= 'Z') keys.push_back(k);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

class Analyzer {
 public:
  Analyzer(Program& p, Analysis& a) : prog_(p), info_(p.info), a_(a), escape_(p) {}

  void run() {
    escape_.solve();
    for (Package* pkg : prog_.packages) {
      for (ast::File* f : pkg->files) {
        for (ast::Decl* d : f->decls) {
          if (auto* fd = ast::dyn_cast<ast::FuncDecl>(d)) declare_func(pkg, fd);
        }
      }
    }
    for (Package* pkg : prog_.packages) {
      for (ast::File* f : pkg->files) {
        for (ast::Decl* d : f->decls) {
          if (auto* fd = ast::dyn_cast<ast::FuncDecl>(d)) {
            auto it = info_.defs.find(fd->name);
            if (it == info_.defs.end()) continue;
            FuncNode* n = a_.by_func_[static_cast<Func*>(it->second)];
            if (n != nullptr && fd->body != nullptr) scan_body(n, fd->body);
          } else if (auto* gd = ast::dyn_cast<ast::GenDecl>(d)) {
            // Package-level initializers run in the init function.
            scan_body(init_node(pkg), gd);
          }
        }
      }
    }
    find_reachable();
    fixed_point();
    callsite_fixed_point();
    for (const Var* v : reassigned_) {
      if (v->captured && !v->is_field) a_.heap_.insert(v);
    }
    for (const Var* v : addressed_in_frame_) {
      if (v->captured) addressed_.insert(v);
    }
    for (const Var* v : addressed_) {
      if (!v->is_field && v->parent != nullptr && v->parent->what != std::string_view("package"))
        a_.heap_.insert(v);
    }
  }

 private:
  FuncNode* make_node() {
    a_.nodes_.push_back(std::make_unique<FuncNode>());
    return a_.nodes_.back().get();
  }

  void declare_func(Package* pkg, ast::FuncDecl* fd) {
    auto it = info_.defs.find(fd->name);
    if (it == info_.defs.end() || !isa<Func>(it->second)) return;
    auto* f = static_cast<Func*>(it->second);
    FuncNode* n = make_node();
    n->func = f;
    n->sig = static_cast<Signature*>(f->type);
    n->body = fd->body;
    n->pkg = pkg;
    n->extern_blocking = f->cxx_binding == "extern blocking";
    n->blocks_directly = n->extern_blocking;
    a_.by_func_[f] = n;
  }

  FuncNode* init_node(Package* pkg) {
    FuncNode*& n = init_nodes_[pkg];
    if (n == nullptr) {
      n = make_node();
      n->pkg = pkg;
    }
    return n;
  }

  FuncNode* lit_node(Package* pkg, ast::FuncLit* lit) {
    FuncNode*& n = a_.by_lit_[lit];
    if (n == nullptr) {
      n = make_node();
      n->lit = lit;
      n->pkg = pkg;
      n->body = lit->body;
      const TypeAndValue* tv = info_.type_of(lit);
      n->sig = tv != nullptr ? dyn_cast<Signature>(tv->type) : nullptr;
    }
    return n;
  }

  Object* use_of(ast::Ident* id) {
    auto it = info_.uses.find(id);
    return it == info_.uses.end() ? nullptr : it->second;
  }

  // The variable at the root of an addressable expression (x, x.f, x[i] of an
  // array, (x)), or null when the storage is reached through a pointer.
  Var* root_var(ast::Expr* e) {
    for (;;) {
      e = ast::unparen(e);
      if (auto* id = ast::dyn_cast<ast::Ident>(e)) return dyn_cast<Var>(use_of(id));
      if (auto* sel = ast::dyn_cast<ast::SelectorExpr>(e)) {
        auto it = info_.selections.find(sel);
        if (it == info_.selections.end() || it->second.indirect) return nullptr;
        if (it->second.kind != Selection::Kind::FieldVal) return nullptr;
        e = sel->x;
        continue;
      }
      if (auto* ix = ast::dyn_cast<ast::IndexExpr>(e)) {
        const TypeAndValue* tv = info_.type_of(ix->x);
        if (tv == nullptr || !isa<Array>(under(tv->type))) return nullptr;
        e = ix->x;
        continue;
      }
      return nullptr;
    }
  }

  void mark_assigned(ast::Expr* lhs) {
    if (Var* v = root_var(lhs)) reassigned_.insert(v);
  }

  // Records the call edges of a call expression.
  void scan_call(FuncNode* n, ast::CallExpr* call, bool deferred_or_direct) {
    if (info_.conversions.count(call) || info_.builtin_calls.count(call)) {
      auto b = info_.builtin_calls.find(call);
      if (b != info_.builtin_calls.end() && b->second == BuiltinId::Recover)
        n->calls_recover = true;
      return;
    }
    ast::Expr* fun = ast::unparen(call->fun);
    if (auto* lit = ast::dyn_cast<ast::FuncLit>(fun)) {
      if (deferred_or_direct) n->callees.push_back(lit_node(n->pkg, lit));
      return;
    }
    Callee c = callee_of(info_, fun);
    if (c.kind == Callee::Kind::InterfaceMethod) {
      // i.M(), I.M(i), or M promoted from an interface embedded in a struct.
      std::string key = Analysis::method_key(c.func->name, static_cast<Signature*>(c.func->type));
      // `go x.M()`: reachable, but the caller does not wait for it.
      if (deferred_or_direct)
        n->iface_calls.push_back(key);
      else
        n->iface_refs.push_back({key, ""});
      return;
    }
    if (Func* target = c.static_func()) {
      auto it = a_.by_func_.find(target);
      if (it == a_.by_func_.end()) return;  // a body-less (extern) function
      if (deferred_or_direct)
        n->callees.push_back(it->second);
      else
        n->value_refs.push_back(it->second);  // `go f()`: reachable, not awaited
      return;
    }
    const TypeAndValue* tv = info_.type_of(fun);
    if (tv != nullptr) {
      if (auto* sig = dyn_cast<Signature>(under(tv->type))) {
        if (deferred_or_direct) n->value_calls.push_back(Analysis::sig_key(sig));
      }
    }
  }

  // A function or method used other than by calling it (in n) becomes a
  // target of func-value calls of its signature if n is reachable.
  void value_target(FuncNode* n, FuncNode* target, const Signature* sig) {
    value_targets_.push_back({n, target, Analysis::sig_key(sig)});
    n->value_refs.push_back(target);
  }

  // Records the type of an expression of n's body (once per body).
  void record_type(FuncNode* n, ast::Expr* e) {
    const TypeAndValue* tv = info_.type_of(e);
    if (tv == nullptr || tv->type == nullptr) return;
    if (node_types_[n].insert(tv->type).second) n->types.push_back(tv->type);
  }

  // Walks one body (or a package-level declaration for the init node),
  // attributing nested literals to their own nodes.
  void scan_body(FuncNode* n, ast::Node* body) {
    std::unordered_set<const ast::Expr*> callee_positions;
    ast::walk(body, [&](ast::Node* x) -> bool {
      if (ast::is_expr(x->kind)) record_type(n, static_cast<ast::Expr*>(x));
      switch (x->kind) {
        case ast::NodeKind::FuncLit: {
          auto* lit = ast::cast<ast::FuncLit>(x);
          FuncNode* ln = lit_node(n->pkg, lit);
          if (!callee_positions.count(lit) && ln->sig != nullptr) value_target(n, ln, ln->sig);
          scan_body(ln, lit->body);
          return false;
        }
        case ast::NodeKind::SendStmt:
          n->blocks_directly = true;
          return true;
        case ast::NodeKind::UnaryExpr:
          if (ast::cast<ast::UnaryExpr>(x)->op == TokenKind::Arrow)
            n->blocks_directly = true;
          else if (ast::cast<ast::UnaryExpr>(x)->op == TokenKind::And) {
            if (Var* v = root_var(ast::cast<ast::UnaryExpr>(x)->x))
              address_taken(v, escape_.escapes(static_cast<ast::Expr*>(x)));
          }
          return true;
        case ast::NodeKind::SelectStmt: {
          auto* s = ast::cast<ast::SelectStmt>(x);
          bool has_default = false;
          for (ast::CommClause* c : s->body) has_default |= c->comm == nullptr;
          if (!has_default) n->blocks_directly = true;
          // The communication clauses themselves do not block when there is a default.
          for (ast::CommClause* c : s->body) {
            if (c->comm != nullptr) scan_comm(n, c->comm);
            for (ast::Stmt* st : c->body) scan_body(n, st);
          }
          return false;
        }
        case ast::NodeKind::RangeStmt: {
          auto* r = ast::cast<ast::RangeStmt>(x);
          const TypeAndValue* tv = info_.type_of(r->x);
          if (tv != nullptr && isa<check::Chan>(under(tv->type))) n->blocks_directly = true;
          if (tv != nullptr && isa<Array>(under(tv->type)) && r->lhs.size() > 1) {
            // Ranging over an addressable array by value copies it; no address.
          }
          if (!r->define)
            for (ast::Expr* l : r->lhs) mark_assigned(l);
          return true;
        }
        case ast::NodeKind::AssignStmt: {
          auto* as = ast::cast<ast::AssignStmt>(x);
          for (ast::Expr* l : as->lhs) {
            if (as->tok == TokenKind::Define) {
              auto* id = ast::dyn_cast<ast::Ident>(l);
              if (id != nullptr && info_.defs.count(id)) continue;  // newly declared
            }
            mark_assigned(l);
          }
          return true;
        }
        case ast::NodeKind::IncDecStmt:
          mark_assigned(ast::cast<ast::IncDecStmt>(x)->x);
          return true;
        case ast::NodeKind::ReturnStmt:
          // `return v` assigns the named results, which a deferred closure may read.
          if (!ast::cast<ast::ReturnStmt>(x)->results.empty() && n->sig != nullptr) {
            for (Var* r : n->sig->results->vars)
              if (!r->name.empty() && r->name != "_") reassigned_.insert(r);
          }
          return true;
        case ast::NodeKind::SliceExpr: {
          auto* s = ast::cast<ast::SliceExpr>(x);
          const TypeAndValue* tv = info_.type_of(s->x);
          if (tv != nullptr && isa<Array>(under(tv->type))) {
            if (Var* v = root_var(s->x)) address_taken(v, escape_.escapes(s));
          }
          return true;
        }
        case ast::NodeKind::GoStmt: {
          auto* g = ast::cast<ast::GoStmt>(x);
          // The goroutine's body does not block the caller; its operands are
          // evaluated here.
          ast::Expr* fun = ast::unparen(g->call->fun);
          callee_positions.insert(fun);
          if (auto* lit = ast::dyn_cast<ast::FuncLit>(fun)) {
            scan_body(lit_node(n->pkg, lit), lit->body);
            n->value_refs.push_back(lit_node(n->pkg, lit));  // reachable, not awaited
          } else {
            scan_call(n, g->call, false);
            scan_operands(n, fun);
          }
          for (ast::Expr* arg : g->call->args) scan_body(n, arg);
          return false;
        }
        case ast::NodeKind::DeferStmt:
          n->has_defer = true;
          callee_positions.insert(ast::unparen(ast::cast<ast::DeferStmt>(x)->call->fun));
          return true;
        case ast::NodeKind::CallExpr: {
          auto* call = ast::cast<ast::CallExpr>(x);
          ast::Expr* fun = ast::unparen(call->fun);
          callee_positions.insert(fun);
          if (!escape_.packed_args_escape(call)) a_.stack_packed_.insert(call);
          scan_call(n, call, true);
          record_ptr_method_call(fun);
          return true;
        }
        case ast::NodeKind::Ident: {
          auto* id = ast::cast<ast::Ident>(x);
          if (callee_positions.count(id)) return true;
          if (auto* f = dyn_cast<Func>(use_of(id))) {
            auto it = a_.by_func_.find(f);
            if (it != a_.by_func_.end())
              value_target(n, it->second, static_cast<Signature*>(f->type));
          }
          return true;
        }
        case ast::NodeKind::SelectorExpr: {
          auto* sel = ast::cast<ast::SelectorExpr>(x);
          if (callee_positions.count(sel)) {
            ast::walk(sel->x, [&](ast::Node* y) { return visit_nested(n, y); });
            return false;
          }
          Callee c = callee_of(info_, sel);
          if (Func* f = c.func) {
            auto fit = a_.by_func_.find(f);
            auto* sig = static_cast<Signature*>(f->type);
            // A method expression T.M is a func value whose first parameter
            // is the receiver: its signature is the expression's type.
            const Signature* vsig = sig;
            if (c.selection != nullptr && c.selection->kind == Selection::Kind::MethodExpr) {
              const TypeAndValue* tv = info_.type_of(sel);
              if (tv != nullptr && tv->type != nullptr)
                if (auto* s = dyn_cast<Signature>(under(tv->type))) vsig = s;
            }
            if (fit != a_.by_func_.end()) value_target(n, fit->second, vsig);
            if (c.selection != nullptr && c.selection->kind == Selection::Kind::MethodVal)
              record_ptr_method_call(sel);
            // x.M with x an interface (or embedding one), or I.M: the func
            // value's targets are the family's methods.
            if (c.kind == Callee::Kind::InterfaceMethod)
              n->iface_refs.push_back(
                  {Analysis::method_key(f->name, sig), Analysis::sig_key(vsig)});
          }
          ast::walk(sel->x, [&](ast::Node* y) { return visit_nested(n, y); });
          return false;
        }
        default:
          return true;
      }
    });
  }

  bool visit_nested(FuncNode* n, ast::Node* y) {
    scan_body(n, y);
    return false;
  }

  void scan_operands(FuncNode* n, ast::Expr* fun) {
    if (auto* sel = ast::dyn_cast<ast::SelectorExpr>(fun)) scan_body(n, sel->x);
  }

  void scan_comm(FuncNode* n, ast::Stmt* comm) {
    // Operands of the channel operations are evaluated; the operations
    // themselves are the select's.
    if (auto* s = ast::dyn_cast<ast::SendStmt>(comm)) {
      scan_body(n, s->chan);
      scan_body(n, s->value);
      return;
    }
    ast::Expr* recv = nullptr;
    if (auto* es = ast::dyn_cast<ast::ExprStmt>(comm)) recv = es->x;
    if (auto* as = ast::dyn_cast<ast::AssignStmt>(comm)) {
      recv = as->rhs.empty() ? nullptr : as->rhs[0];
      if (as->tok != TokenKind::Define)
        for (ast::Expr* l : as->lhs) mark_assigned(l);
    }
    if (recv == nullptr) return;
    if (auto* u = ast::dyn_cast<ast::UnaryExpr>(ast::unparen(recv));
        u && u->op == TokenKind::Arrow) {
      scan_body(n, u->x);
    } else {
      scan_body(n, recv);
    }
  }

  // A pointer method called on (or bound to) an addressable value takes its
  // address: x.M() with func (*T) M.
  void record_ptr_method_call(ast::Expr* fun) {
    auto* sel = ast::dyn_cast<ast::SelectorExpr>(fun);
    if (sel == nullptr) return;
    auto it = info_.selections.find(sel);
    if (it == info_.selections.end() || it->second.kind != Selection::Kind::MethodVal) return;
    auto* m = static_cast<Func*>(it->second.obj);
    if (!m->has_ptr_recv || is_interface(it->second.recv)) return;
    const TypeAndValue* tv = info_.type_of(sel->x);
    if (tv == nullptr || isa<check::Pointer>(under(tv->type))) return;
    if (Var* v = root_var(sel->x)) address_taken(v, escape_.receiver_escapes(sel));
  }

  // v's address is taken; escaping says whether it may outlive the frame. An
  // address that does not escape still sends a captured variable to the heap:
  // a closure must see the writes made through it (and make its own through
  // it), which a by-value capture would not.
  void address_taken(Var* v, bool escaping) {
    if (escaping)
      addressed_.insert(v);
    else
      addressed_in_frame_.insert(v);
  }

  // Rapid type analysis: reachable bodies from the roots (main.main, every
  // init function and package initializer), live types from their
  // expressions, and the methods of live types that interface calls of
  // reachable bodies may reach.
  void find_reachable() {
    for (auto& [pkg, n] : init_nodes_) reach(n);
    for (auto& up : a_.nodes_) {
      const Func* f = up->func;
      if (f == nullptr || up->sig == nullptr || up->sig->recv != nullptr) continue;
      bool is_init = f->name == "init";
      bool is_main = f->name == "main" && up->pkg != nullptr && up->pkg->path == "main";
      if (is_init || is_main) reach(up.get());
    }
    // The runtime calls these through method tables (panic reports).
    call_family("Error func() string");
    call_family("String func() string");
    while (!work_.empty()) {
      FuncNode* n = work_.back();
      work_.pop_back();
      for (FuncNode* c : n->callees) reach(c);
      for (FuncNode* c : n->value_refs) reach(c);
      for (Type* t : n->types) make_live(t);
      for (const std::string& k : n->iface_calls) call_family(k);
      for (const auto& r : n->iface_refs) call_family(r.method);
    }
  }

  void reach(FuncNode* n) {
    if (n->reachable) return;
    n->reachable = true;
    work_.push_back(n);
  }

  void call_family(const std::string& key) {
    if (!called_families_.insert(key).second) return;
    for (FuncNode* m : live_methods_[key]) reach(m);
  }

  // T becomes live, with every type its values contain (fmt reaches the
  // fields and elements of what it prints) and the methods of T and *T.
  void make_live(Type* t) {
    if (t == nullptr || !a_.live_.insert(t).second) return;
    Type* u = under(t);
    if (auto* p = dyn_cast<check::Pointer>(u))
      make_live(p->elem);
    else if (auto* ar = dyn_cast<Array>(u))
      make_live(ar->elem);
    else if (auto* sl = dyn_cast<Slice>(u))
      make_live(sl->elem);
    else if (auto* m = dyn_cast<Map>(u)) {
      make_live(m->key);
      make_live(m->elem);
    } else if (auto* c = dyn_cast<check::Chan>(u))
      make_live(c->elem);
    else if (auto* st = dyn_cast<Struct>(u)) {
      for (Var* f : st->fields) make_live(f->type);
    }
    if (is_interface(t) || (!isa<Named>(t) && !isa<Struct>(u) && !isa<check::Pointer>(u))) return;
    for (bool ptr : {false, true}) {
      if (ptr && isa<check::Pointer>(t)) continue;
      Type* mt = ptr ? pointer_to(t) : t;
      for (const MethodEntry& me : method_set(mt)) {
        auto it = a_.by_func_.find(me.m);
        if (it == a_.by_func_.end()) continue;  // a method of an embedded interface
        FuncNode* m = it->second;
        std::string key = Analysis::method_key(me.m->name, m->sig);
        if (!live_method_set_.insert(m).second) continue;
        live_methods_[key].push_back(m);
        live_method_list_.push_back(m);
        if (called_families_.count(key)) reach(m);
      }
    }
  }

  Type* pointer_to(Type* t) {
    Type*& p = pointers_[t];
    if (p == nullptr) {
      owned_types_.push_back(std::make_unique<check::Pointer>(t));
      p = owned_types_.back().get();
    }
    return p;
  }

  // A property that flows from callee to caller along every kind of call: static calls,
  // calls through func values (of a signature some function having it is used as) and
  // interface calls (of a method family one of whose live methods has it). Each round also
  // marks the func-value signatures and method families that carry it (`sigs`, `methods`).
  void propagate(bool FuncNode::*has, std::unordered_set<std::string>& sigs,
                 std::unordered_set<std::string>& methods, bool reachable_callers_only) {
    for (bool changed = true; changed;) {
      changed = false;
      for (auto& [referrer, target, key] : value_targets_) {
        if (referrer->reachable && target->*has && sigs.insert(key).second) changed = true;
      }
      for (FuncNode* m : live_method_list_) {
        if (m->*has && methods.insert(Analysis::method_key(m->func->name, m->sig)).second)
          changed = true;
      }
      // x.M (x an interface) and I.M of such a family are such func values.
      for (auto& up : a_.nodes_) {
        if (!up->reachable) continue;
        for (const auto& r : up->iface_refs) {
          if (!r.value_sig.empty() && methods.count(r.method) && sigs.insert(r.value_sig).second)
            changed = true;
        }
      }
      for (auto& up : a_.nodes_) {
        FuncNode* n = up.get();
        if (n->*has || (reachable_callers_only && !n->reachable)) continue;
        bool b = false;
        for (FuncNode* c : n->callees) b |= c->*has;
        for (const std::string& k : n->value_calls) b |= sigs.count(k) != 0;
        for (const std::string& k : n->iface_calls) b |= methods.count(k) != 0;
        if (b) n->*has = changed = true;
      }
    }
  }

  // runtime.Caller(skip) reads the chain of call sites the goroutine's frames recorded: each
  // call that may reach it records its site.
  void callsite_fixed_point() {
    for (auto& up : a_.nodes_) {
      FuncNode* n = up.get();
      n->wants_callsite = n->func != nullptr && n->func->pkg != nullptr &&
                          n->func->pkg->path == "runtime" && n->func->name == "Caller";
    }
    propagate(&FuncNode::wants_callsite, a_.callsite_sigs_, a_.callsite_methods_, true);
  }

  void fixed_point() {
    for (auto& up : a_.nodes_) up->blocking = up->blocks_directly;
    propagate(&FuncNode::blocking, a_.async_sigs_, a_.async_methods_, false);
  }

  Program& prog_;
  Info& info_;
  Analysis& a_;
  struct ValueTarget {
    FuncNode* referrer;  // the body naming the function as a value
    FuncNode* target;
    std::string key;  // the signature
  };
  std::vector<ValueTarget> value_targets_;
  std::unordered_map<FuncNode*, std::unordered_set<Type*>> node_types_;
  // Rapid type analysis state.
  std::vector<FuncNode*> work_;
  std::unordered_set<std::string> called_families_;
  std::unordered_map<std::string, std::vector<FuncNode*>> live_methods_;
  std::unordered_set<FuncNode*> live_method_set_;
  std::vector<FuncNode*> live_method_list_;
  std::unordered_map<Type*, Type*> pointers_;
  std::vector<std::unique_ptr<check::Type>> owned_types_;
  std::unordered_map<Package*, FuncNode*> init_nodes_;
  std::unordered_set<const Var*> reassigned_;
  std::unordered_set<const Var*> addressed_;
  std::unordered_set<const Var*> addressed_in_frame_;
  EscapeFacts escape_;
};

std::unique_ptr<Analysis> analyze(Program& program) {
  auto a = std::make_unique<Analysis>();
  Analyzer(program, *a).run();
  return a;
}

}  // namespace gocxx::analyze
