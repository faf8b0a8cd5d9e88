// This file implements the checking of declarations: package-level objects
// in dependency order with cycle detection, constants with iota, variables,
// type definitions and aliases, functions and methods, and declarations
// inside functions (types2's decl.go and validtype.go).

#include <algorithm>

#include "check/checker.h"

namespace gocxx::check {

void Checker::package_objects() {
  // Check in source order so that errors come out in a natural order.
  std::vector<std::pair<Object*, DeclInfo*>> objs(obj_map_.begin(), obj_map_.end());
  std::sort(objs.begin(), objs.end(),
            [](auto& a, auto& b) { return a.second->seq < b.second->seq; });
  // Types first (collect_methods attaches their methods, so lookups see
  // them): as types2, defined types before aliases, which avoids most
  // needs for an alias's type before it is known and decides where a cycle
  // through an alias is reported. Then everything else.
  for (auto& [obj, d] : objs) {
    if (isa<TypeName>(obj) && (d->tspec == nullptr || !d->tspec->alias)) obj_decl(obj, nullptr);
  }
  for (auto& [obj, d] : objs) {
    if (isa<TypeName>(obj) && d->tspec != nullptr && d->tspec->alias) obj_decl(obj, nullptr);
  }
  for (auto& [obj, d] : objs) {
    if (!isa<TypeName>(obj)) obj_decl(obj, nullptr);
  }
  for (Func* f : init_funcs_) obj_decl(f, nullptr);
}

// validType reports cycles of named types that would have infinite size.
bool Checker::valid_type(Type* typ, std::vector<Named*>& path) {
  if (typ == nullptr) return true;
  switch (typ->kind) {
    case TypeKind::Array:
      return valid_type(static_cast<Array*>(typ)->elem, path);
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(typ)->fields) {
        if (!valid_type(f->type, path)) return false;
      }
      return true;
    case TypeKind::Interface:
      for (Type* e : static_cast<Interface*>(typ)->embeddeds) {
        if (!valid_type(e, path)) return false;
      }
      return true;
    case TypeKind::Named: {
      auto* t = static_cast<Named*>(typ);
      if (valid_types_.count(t) != 0) return true;
      if (is_invalid(t->underlying)) return false;
      for (size_t start = 0; start < path.size(); ++start) {
        if (path[start] == t) {
          if (t->obj->pkg == pkg_) t->underlying = types_.invalid();
          std::vector<Object*> cycle;
          for (size_t i = start; i < path.size(); ++i) cycle.push_back(path[i]->obj);
          cycle_error(cycle);
          return false;
        }
      }
      path.push_back(t);
      bool ok = valid_type(t->from_rhs, path);
      path.pop_back();
      if (ok) valid_types_.insert(t);
      return ok;
    }
    default:
      return true;
  }
}

void Checker::cycle_error(const std::vector<Object*>& cycle) {
  // Start with the object first in the source.
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); ++k) {
    if (cycle[k]->pos < cycle[i]->pos) i = k;
  }
  Object* obj = cycle[i];
  std::string msg =
      isa<TypeName>(obj) ? "invalid recursive type " : "illegal cycle in declaration of ";
  auto b = report(obj->pos, msg + std::string(obj->name));
  for (size_t n = 0; n < cycle.size(); ++n) {
    b.note("\t" + pos_string(obj->pos) + ": " + std::string(obj->name) + " refers to");
    i = (i + 1) % cycle.size();
    obj = cycle[i];
  }
  b.note("\t" + pos_string(obj->pos) + ": " + std::string(obj->name));
}

// Handles reaching an object that is being checked (a cycle). Returns
// whether the cycle is valid (types2's validCycle).
bool Checker::valid_cycle(Object* obj) {
  size_t start = 0;
  while (start < obj_path_.size() && obj_path_[start] != obj) ++start;
  std::vector<Object*> cycle(obj_path_.begin() + static_cast<long>(start), obj_path_.end());
  size_t nval = 0, ndef = 0;
  for (Object* o : cycle) {
    if (isa<Const>(o) || isa<Var>(o)) {
      ++nval;
    } else if (auto* tn = dyn_cast<TypeName>(o)) {
      DeclInfo* d = obj_map_.count(o) != 0 ? obj_map_[o] : nullptr;
      bool alias = d != nullptr && d->tspec != nullptr ? d->tspec->alias : tn->is_alias;
      if (!alias) ++ndef;
    }
  }
  if (nval == cycle.size()) return true;
  if (nval == 0 && ndef > 0) return true;
  cycle_error(cycle);
  return false;
}

void Checker::obj_decl(Object* obj, Named* def) {
  if (obj->color == Color::White && obj->type != nullptr) {
    obj->color = Color::Black;
    return;
  }
  switch (obj->color) {
    case Color::White:
      obj->color = Color::Grey;
      obj_path_.push_back(obj);
      break;
    case Color::Black:
      return;
    case Color::Grey:
      switch (obj->kind) {
        case ObjectKind::Const:
        case ObjectKind::Var:
          if (!valid_cycle(obj) || obj->type == nullptr) obj->type = types_.invalid();
          break;
        case ObjectKind::TypeName:
          if (!valid_cycle(obj)) obj->type = types_.invalid();
          break;
        case ObjectKind::Func:
          valid_cycle(obj);
          break;
        default:
          break;
      }
      return;
  }
  auto it = obj_map_.find(obj);
  if (it == obj_map_.end()) {  // not a package-level object (cannot happen for valid input)
    obj->color = Color::Black;
    obj_path_.pop_back();
    if (obj->type == nullptr) obj->type = types_.invalid();
    return;
  }
  DeclInfo* d = it->second;
  Env saved = env_;
  env_ = Env();
  env_.scope = d->file_scope;
  env_.decl = d;
  switch (obj->kind) {
    case ObjectKind::Const: {
      constant::Value iota = constant::make_int64(d->iota);
      env_.iota = &iota;
      const_decl(static_cast<Const*>(obj), d->vtype, d->init, d->inherited);
      break;
    }
    case ObjectKind::Var:
      var_decl(static_cast<Var*>(obj), d->lhs, d->vtype, d->init);
      break;
    case ObjectKind::TypeName:
      type_decl(static_cast<TypeName*>(obj), d->tspec, def);
      collect_methods(static_cast<TypeName*>(obj));
      break;
    case ObjectKind::Func:
      func_decl(static_cast<Func*>(obj), d);
      break;
    default:
      break;
  }
  env_ = saved;
  obj->color = Color::Black;
  obj_path_.pop_back();
}

void Checker::const_decl(Const* obj, ast::Expr* typ, ast::Expr* init, bool inherited) {
  Pos saved_errpos = env_.errpos;
  env_.errpos = Pos();
  Operand x;
  if (typ != nullptr) {
    Type* t = resolve_type(typ);
    if (!is_const_type(t)) {
      if (!is_invalid(t)) error_at(typ, "invalid constant type " + type_str(t));
      obj->type = types_.invalid();
      env_.errpos = saved_errpos;
      return;
    }
    obj->type = t;
  }
  if (init != nullptr) {
    // An inherited initializer (the `bard` of `const (ok = byte(iota +
    // 253); bad; bard)`) is another spec's expression: report its errors
    // at this constant's name, as types2 does.
    if (inherited) env_.errpos = obj->pos;
    expr(x, init);
  }
  init_const(obj, x);
  env_.errpos = saved_errpos;
}

void Checker::init_const(Const* lhs, Operand& x) {
  if (x.invalid() || is_invalid(x.type) || (lhs->type != nullptr && is_invalid(lhs->type))) {
    if (lhs->type == nullptr) lhs->type = types_.invalid();
    return;
  }
  if (x.mode != Mode::Constant) {
    error_at(x.expr, describe(x) + " is not constant");
    if (lhs->type == nullptr) lhs->type = types_.invalid();
    return;
  }
  if (lhs->type == nullptr) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.invalid()) return;
  lhs->val = x.val;
}

void Checker::var_decl(Var* obj, std::vector<Var*>& lhs, ast::Expr* typ, ast::Expr* init) {
  var_decl_types(obj, lhs, typ, init);
  // Variables left without a valid type (after an error) count as used: no
  // follow-on "declared but not used" (types2's varDecl).
  if (obj->type != nullptr && is_invalid(obj->type)) obj->used = true;
  for (Var* v : lhs) {
    if (v->type != nullptr && is_invalid(v->type)) v->used = true;
  }
}

void Checker::var_decl_types(Var* obj, std::vector<Var*>& lhs, ast::Expr* typ, ast::Expr* init) {
  if (typ != nullptr) {
    obj->type = var_type(typ);
    for (Var* v : lhs) v->type = obj->type;
  }
  if (init == nullptr) {
    if (typ == nullptr) obj->type = types_.invalid();
    return;
  }
  if (lhs.empty() || lhs.size() == 1) {
    Operand x;
    expr_with_hint(x, init, obj->type);
    init_var(obj, x, "variable declaration");
    return;
  }
  // `var a, b = f()`: all variables share one initializer.
  std::vector<Var*> vars = lhs;
  ast::Expr* rhs[] = {init};
  init_vars(vars, std::span<ast::Expr*>(rhs, 1), nullptr);
}

void Checker::type_decl(TypeName* obj, ast::TypeSpec* spec, Named* def) {
  (void)def;
  if (!spec->type_params.empty()) {
    error(spec->name->pos, "generics are not supported yet");
    obj->type = types_.invalid();
    return;
  }
  if (spec->alias) {
    obj->is_alias = true;
    obj->type = types_.invalid();  // broken until resolved, in case of cycles
    Type* rhs = resolve_type(spec->type);
    obj->type = rhs;
    return;
  }
  auto* named = types_.make<Named>(obj);
  obj->type = named;
  if (auto it = cxx_types_.find(obj); it != cxx_types_.end()) named->cxx_type = it->second;
  Type* rhs = defined_type(spec->type, named);
  named->from_rhs = rhs;
  if (named->underlying == nullptr) named->underlying = types_.invalid();
  // The underlying of `type A B` is B's underlying; resolve chains. If B is
  // A itself, or is still being declared, the types form a cycle through
  // their names alone (type b c; type c b), reported here as types2 does
  // when it resolves the underlying type (Named.under).
  if (auto* n = dyn_cast<Named>(named->underlying)) {
    if (n == named || n->underlying == nullptr) {
      auto start = std::find(obj_path_.begin(), obj_path_.end(), n->obj);
      if (start != obj_path_.end()) cycle_error(std::vector<Object*>(start, obj_path_.end()));
      named->underlying = types_.invalid();
    } else {
      named->underlying = n->underlying;
    }
  }
  delayed_.push_back([this, named] {
    std::vector<Named*> path;
    valid_type(named, path);
  });
}

void Checker::collect_methods(TypeName* obj) {
  auto it = methods_.find(obj);
  if (it == methods_.end()) return;
  auto* named = dyn_cast<Named>(obj->type);
  std::vector<Func*> list = std::move(it->second);
  methods_.erase(it);
  if (named == nullptr) {
    // Alias or invalid type: the methods are checked as functions only.
    return;
  }
  // Fields and methods must not share names.
  auto* st = dyn_cast<Struct>(named->underlying);
  for (Func* m : list) {
    if (m->name != "_" && st != nullptr) {
      for (Var* f : st->fields) {
        if (f->name == m->name) {
          auto b = report(m->pos, "field and method with the same name " + std::string(m->name));
          b.note("\t" + pos_string(f->pos) + ": other declaration of " + std::string(m->name));
          break;
        }
      }
    }
    named->methods.push_back(m);
  }
}

void Checker::func_decl(Func* obj, DeclInfo* d) {
  ast::FuncDecl* fd = d->fdecl;
  if (generic_funcs_.count(obj) != 0) {
    // Reported when collected; uses see an invalid type and stay silent.
    obj->type = types_.invalid();
    return;
  }
  // For references while checking the signature, as types2: an empty
  // signature (`func foo(x foo)`: "foo (value of type func()) is not a type").
  auto* guard = types_.make<Signature>();
  guard->params = types_.empty_tuple();
  guard->results = types_.empty_tuple();
  obj->type = guard;
  Scope* scope = prog_.objects.make_scope(d->file_scope, "function");
  scope->is_func = true;
  info_.scopes[fd->type] = scope;
  Signature* sig = func_type(fd->type, fd->recv, scope);
  obj->type = sig;
  if (sig->recv != nullptr) {
    Type* rt = sig->recv->type;
    if (auto* p = dyn_cast<Pointer>(rt)) {
      obj->has_ptr_recv = true;
      (void)p;
    }
  }
  if (fd->body != nullptr && fd->type_params.empty()) {
    delayed_.push_back(
        [this, d, obj, sig, fd, scope] { func_body(d, obj->name, sig, fd->body, scope); });
  }
}

}  // namespace gocxx::check
