// This file implements type expressions: identifiers and qualified names
// in type position, composite type literals, signatures, struct and
// interface types, array lengths (types2's typexpr.go, signature.go,
// struct.go, interface.go).

#include <algorithm>

#include "check/checker.h"
#include "check/constant/literal.h"

namespace gocxx::check {

namespace {

// The function scope enclosing s (the outermost scope of a function).
const Scope* enclosing_func(const Scope* s) {
  while (s != nullptr && !s->is_func) s = s->parent;
  return s;
}

}  // namespace

void Checker::add_decl_dep(Object* obj) {
  // Package-level objects of this package, methods included (they are in
  // obj_map_ but in no scope).
  if (env_.decl == nullptr || obj_map_.count(obj) == 0) return;
  env_.decl->deps.insert(obj);
}

void Checker::mark_captured(Var* v) {
  if (v->parent == nullptr || v->is_package_level() || v->is_field) return;
  if (env_.func_scope == nullptr) return;
  const Scope* f = enclosing_func(v->parent);
  if (f != nullptr && f != env_.func_scope) v->captured = true;
}

void Checker::ident(Operand& x, ast::Ident* e, Named* def, bool want_type) {
  x.mode = Mode::Invalid;
  x.expr = e;
  x.type = types_.invalid();
  Object* obj = env_.scope != nullptr ? env_.scope->lookup_parent(e->name) : nullptr;
  if (obj == nullptr) {
    if (e->name == "_") {
      error(e->pos, "cannot use _ as value or type");
    } else {
      error(e->pos, "undefined: " + std::string(e->name));
    }
    return;
  }
  record_use(e, obj);
  Type* typ = obj->type;
  if (typ == nullptr || (isa<TypeName>(obj) && want_type)) {
    obj_decl(obj, def);
    typ = obj->type;
  }
  if (typ == nullptr) typ = types_.invalid();
  if (obj->pkg != nullptr && obj->pkg != pkg_) {
    // Dot-imported: mark the import used.
    for (auto& [pn, spec] : dot_imports_) {
      if (pn->imported == obj->pkg) pn->used = true;
    }
  }
  switch (obj->kind) {
    case ObjectKind::PkgName:
      error(e->pos, "use of package " + std::string(obj->name) + " not in selector");
      return;
    case ObjectKind::Const: {
      add_decl_dep(obj);
      if (is_invalid(typ)) return;
      if (obj->name == "iota" && obj->parent == prog_.universe) {
        if (env_.iota == nullptr) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *env_.iota;
      } else {
        x.val = static_cast<Const*>(obj)->val;
      }
      x.mode = Mode::Constant;
      break;
    }
    case ObjectKind::TypeName:
      if (auto* n = dyn_cast<Named>(typ);
          n != nullptr && n->underlying != nullptr &&
          dyn_cast<Interface>(n->underlying) != nullptr &&
          static_cast<Interface*>(n->underlying)->is_comparable_constraint) {
        error(e->pos,
              "cannot use type comparable outside a type constraint: interface is (or embeds) "
              "comparable");
        return;
      }
      x.mode = Mode::TypeExpr;
      break;
    case ObjectKind::Var: {
      auto* v = static_cast<Var*>(obj);
      if (v->pkg == pkg_ && lhs_vars_.count(e) == 0) v->used = true;
      mark_captured(v);
      add_decl_dep(obj);
      if (is_invalid(typ)) return;
      x.mode = Mode::Variable;
      break;
    }
    case ObjectKind::Func:
      add_decl_dep(obj);
      x.mode = Mode::Value;
      break;
    case ObjectKind::Builtin:
      x.builtin_id = static_cast<Builtin*>(obj)->id;
      x.mode = Mode::BuiltinMode;
      break;
    case ObjectKind::Nil:
      x.mode = Mode::NilValue;
      break;
  }
  x.type = typ;
}

Type* Checker::resolve_type(ast::Expr* e) { return defined_type(e, nullptr); }

Type* Checker::var_type(ast::Expr* e) { return defined_type(e, nullptr); }

Type* Checker::defined_type(ast::Expr* e, Named* def) {
  Type* t = typ_internal(e, def);
  TypeAndValue* tv = info_.record(e);
  tv->mode = Mode::TypeExpr;
  tv->type = t;
  return t;
}

Type* Checker::typ_internal(ast::Expr* e0, Named* def) {
  auto set_def = [&](Type* t) {
    if (def != nullptr && def->underlying == nullptr) def->underlying = t;
    return t;
  };
  switch (e0->kind) {
    case ast::NodeKind::BadExpr:
      return set_def(types_.invalid());
    case ast::NodeKind::Ident:
    case ast::NodeKind::SelectorExpr: {
      Operand x;
      if (auto* id = ast::dyn_cast<ast::Ident>(e0)) {
        ident(x, id, def, true);
      } else {
        selector(x, static_cast<ast::SelectorExpr*>(e0), def, true);
      }
      switch (x.mode) {
        case Mode::TypeExpr:
          return set_def(x.type);
        case Mode::Invalid:
          return set_def(types_.invalid());
        case Mode::NoValue:
          error_at(e0, describe(x) + " used as type");
          return set_def(types_.invalid());
        default:
          error_at(e0, describe(x) + " is not a type");
          return set_def(types_.invalid());
      }
    }
    case ast::NodeKind::IndexExpr: {
      // An instantiation: the generic type itself was rejected (its type is
      // invalid), so stay silent; anything else is not generic.
      auto* ix = static_cast<ast::IndexExpr*>(e0);
      Type* base = resolve_type(ix->x);
      if (!is_invalid(base)) error_at(ix->x, type_str(base) + " is not a generic type");
      return set_def(types_.invalid());
    }
    case ast::NodeKind::ParenExpr:
      return defined_type(static_cast<ast::ParenExpr*>(e0)->x, def);
    case ast::NodeKind::ArrayType: {
      auto* e = static_cast<ast::ArrayType*>(e0);
      if (e->len == nullptr) {
        error(e->pos, "invalid use of [...] array (outside a composite literal)");
        var_type(e->elem);
        return set_def(types_.invalid());
      }
      auto* a = types_.make<Array>(nullptr, -1);
      set_def(a);
      a->len = array_length(e->len);
      a->elem = var_type(e->elem);
      return a;
    }
    case ast::NodeKind::SliceType: {
      auto* s = types_.make<Slice>(nullptr);
      set_def(s);
      s->elem = var_type(static_cast<ast::SliceType*>(e0)->elem);
      return s;
    }
    case ast::NodeKind::DotsType:
      error(e0->pos, "invalid use of ...");
      return set_def(types_.invalid());
    case ast::NodeKind::StructType: {
      Struct* s = struct_type(static_cast<ast::StructType*>(e0), def);
      return s;
    }
    case ast::NodeKind::StarExpr: {
      auto* p = types_.make<Pointer>(nullptr);
      set_def(p);
      p->elem = var_type(static_cast<ast::StarExpr*>(e0)->x);
      return p;
    }
    case ast::NodeKind::FuncType: {
      Scope* scope = prog_.objects.make_scope(env_.scope, "function");
      scope->is_func = true;
      Env saved = env_;
      Signature* sig = func_type(static_cast<ast::FuncType*>(e0), nullptr, scope);
      env_ = saved;
      return set_def(sig);
    }
    case ast::NodeKind::InterfaceType:
      return interface_type(static_cast<ast::InterfaceType*>(e0), def);
    case ast::NodeKind::MapType: {
      auto* e = static_cast<ast::MapType*>(e0);
      auto* m = types_.make<Map>(nullptr, nullptr);
      set_def(m);
      m->key = var_type(e->key);
      m->elem = var_type(e->value);
      // Delay the key check: the key type may not be complete yet.
      delayed_.push_back([this, m, e] {
        if (is_invalid(m->key)) return;
        std::string why;
        if (!comparable(m->key, &why, pkg_)) {
          error_at(e->key, "invalid map key type " + type_str(m->key));
        }
      });
      return m;
    }
    case ast::NodeKind::ChanType: {
      auto* e = static_cast<ast::ChanType*>(e0);
      ChanDir dir = ChanDir::SendRecv;
      if (e->dir == ast::ChanDir::kSend) dir = ChanDir::SendOnly;
      if (e->dir == ast::ChanDir::kRecv) dir = ChanDir::RecvOnly;
      auto* c = types_.make<Chan>(dir, nullptr);
      set_def(c);
      c->elem = var_type(e->elem);
      return c;
    }
    case ast::NodeKind::UnaryExpr:
    case ast::NodeKind::BinaryExpr: {
      // ~T and A | B: constraint syntax, only meaningful with generics.
      error_at(e0, "generics are not supported yet");
      return set_def(types_.invalid());
    }
    default:
      error_at(e0, expr_str(e0) + " is not a type");
      return set_def(types_.invalid());
  }
}

int64_t Checker::array_length(ast::Expr* e) {
  if (auto* name = ast::dyn_cast<ast::Ident>(e)) {
    Object* obj = env_.scope != nullptr ? env_.scope->lookup_parent(name->name) : nullptr;
    if (obj == nullptr) {
      error(name->pos, "undeclared name " + std::string(name->name) + " for array length");
      return -1;
    }
    if (!isa<Const>(obj)) {
      error(name->pos, "invalid array length " + std::string(name->name));
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::Constant) {
    if (!x.invalid()) error_at(e, "array length " + describe(x) + " must be constant");
    return -1;
  }
  if (is_untyped(x.type) || is_integer(x.type)) {
    constant::Value v = constant::to_int(x.val);
    if (v.kind() == constant::Kind::Int) {
      if (constant::representable(v, constant::BasicKind::Int)) {
        auto n = constant::int64_val(v);
        if (n.exact && n.value >= 0) return n.value;
        error_at(e, "invalid array length " + describe(x));
        return -1;
      }
    }
  }
  error_at(e, "array length " + describe(x) + " must be integer");
  return -1;
}

// Receiver checks (types2's validRecv), run once all types are complete.
void Checker::valid_recv(Var* recv) {
  Type* rt = recv->type;
  if (auto* p = dyn_cast<Pointer>(rt)) rt = p->elem;
  if (is_invalid(rt)) return;
  if (auto* n = dyn_cast<Named>(rt)) {
    if (n->obj->pkg != pkg_) {
      error(recv->pos, "cannot define new methods on non-local type " + type_str(rt));
      return;
    }
    std::string cause;
    Type* u = n->underlying;
    if (is_basic_kind(u, BasicKind::UnsafePointer)) cause = "unsafe.Pointer";
    if (isa<Pointer>(u) || isa<Interface>(u)) cause = "pointer or interface type";
    if (!cause.empty())
      error(recv->pos, "invalid receiver type " + type_str(rt) + " (" + cause + ")");
    return;
  }
  if (isa<Basic>(rt)) {
    error(recv->pos, "cannot define new methods on non-local type " + type_str(rt));
    return;
  }
  error(recv->pos, "invalid receiver type " + type_str(recv->type));
}

Signature* Checker::func_type(ast::FuncType* ft, ast::Field* recv, Scope* scope) {
  auto* sig = types_.make<Signature>();
  Scope* saved_scope = env_.scope;
  // Parameter types resolve in the enclosing scope: a parameter's name is not in
  // scope in the signature (`func(net, addr string) (c net.Conn)` names package
  // net), as types2's temporary parameter scope.
  env_.scope = scope->parent != nullptr ? scope->parent : scope;
  if (recv != nullptr) {
    ast::Field* fields[] = {recv};
    bool dummy = false;
    Tuple* r = collect_params(scope, std::span<ast::Field*>(fields, 1), false, &dummy, false);
    if (!r->vars.empty()) {
      sig->recv = r->vars[0];
      if (recv->name == nullptr) sig->recv->pos = ast::start_pos(recv->type);
      delayed_.push_back([this, v = sig->recv] { valid_recv(v); });
    }
  }
  sig->params = collect_params(scope, ft->params, true, &sig->variadic, false);
  bool no_variadic = false;
  sig->results = collect_params(scope, ft->results, false, &no_variadic, true);
  env_.scope = saved_scope;
  return sig;
}

Tuple* Checker::collect_params(Scope* scope, std::span<ast::Field*> fields, bool variadic_ok,
                               bool* variadic, bool is_result) {
  (void)is_result;
  auto* t = types_.make<Tuple>();
  ast::Expr* prev_type = nullptr;
  Type* typ = nullptr;
  for (size_t i = 0; i < fields.size(); ++i) {
    ast::Field* f = fields[i];
    ast::Expr* ftype = f->type;
    if (ftype != prev_type) {
      // Fields declared together share one type expression: check it once.
      prev_type = ftype;
      if (auto* dots = ast::dyn_cast<ast::DotsType>(ftype)) {
        Type* elem = var_type(dots->elem);
        if (variadic_ok && i + 1 == fields.size()) {
          *variadic = true;
          typ = types_.make<Slice>(elem);
        } else {
          error(dots->pos, "can only use ... with final parameter in list");
          typ = types_.invalid();
        }
        TypeAndValue* tv = info_.record(ftype);
        tv->mode = Mode::TypeExpr;
        tv->type = typ;
      } else {
        typ = var_type(ftype);
      }
    }
    if (f->name != nullptr) {
      auto* v = prog_.objects.make<Var>(f->name->name, f->name->pos, pkg_, typ);
      v->is_param = true;
      v->used = true;  // parameters are never "declared and not used"
      declare(scope, f->name, v);
      t->vars.push_back(v);
    } else {
      auto* v = prog_.objects.make<Var>("", ast::start_pos(ftype), pkg_, typ);
      v->is_param = true;
      v->parent = scope;
      t->vars.push_back(v);
    }
  }
  return t;
}

Struct* Checker::struct_type(ast::StructType* e, Named* def) {
  auto* s = types_.make<Struct>();
  if (def != nullptr && def->underlying == nullptr) def->underlying = s;
  std::unordered_map<std::string_view, Var*> seen;
  ast::Expr* prev_type = nullptr;
  Type* typ = nullptr;
  for (ast::Field* f : e->fields) {
    if (f->type != prev_type) {
      prev_type = f->type;
      typ = var_type(f->type);
    }
    std::string tag;
    if (f->tag != nullptr && !f->tag->bad) {
      constant::Value v = constant::make_from_literal(f->tag->value, constant::LiteralKind::String);
      if (v.kind() == constant::Kind::String) tag = constant::string_val(v);
    }
    Var* field = nullptr;
    if (f->name != nullptr) {
      field = prog_.objects.make<Var>(f->name->name, f->name->pos, pkg_, typ);
      record_def(f->name, field);
    } else {
      // Embedded field: T, *T, pkg.T or *pkg.T; the name is T's.
      ast::Expr* t = ast::unparen(f->type);
      if (auto* star = ast::dyn_cast<ast::StarExpr>(t)) t = ast::unparen(star->x);
      std::string_view name = "_";
      Pos pos = ast::start_pos(f->type);
      if (auto* id = ast::dyn_cast<ast::Ident>(t)) {
        name = id->name;
      } else if (auto* sel = ast::dyn_cast<ast::SelectorExpr>(t)) {
        name = sel->sel->name;
      } else {
        error(pos, "invalid embedded field type " + expr_str(f->type));
      }
      field = prog_.objects.make<Var>(name, pos, pkg_, typ);
      field->embedded = true;
      Type* et = typ;
      bool is_ptr = false;
      if (auto* p = dyn_cast<Pointer>(et)) {
        et = p->elem;
        is_ptr = true;
      }
      delayed_.push_back([this, et, is_ptr, pos] {
        if (is_invalid(et)) return;
        Type* u = under(et);
        if (is_basic_kind(u, BasicKind::UnsafePointer)) {
          error(pos, "embedded field type cannot be unsafe.Pointer");
        } else if (isa<Pointer>(u)) {
          error(pos, "embedded field type cannot be a pointer");
        } else if (is_ptr && isa<Interface>(u)) {
          error(pos, "embedded field type cannot be a pointer to an interface");
        }
      });
    }
    field->is_field = true;
    field->used = true;
    if (field->name != "_") {
      auto [it, inserted] = seen.emplace(field->name, field);
      if (!inserted) {
        auto b = report(field->pos, std::string(field->name) + " redeclared");
        b.note("\t" + pos_string(it->second->pos) + ": other declaration of " +
               std::string(field->name));
        // As types2: the duplicate is not a field, so selecting the name
        // finds the first one instead of reporting an ambiguous selector.
        continue;
      }
    }
    s->fields.push_back(field);
    s->tags.push_back(std::move(tag));
  }
  return s;
}

Interface* Checker::interface_type(ast::InterfaceType* e, Named* def) {
  auto* it = types_.make<Interface>();
  if (def != nullptr && def->underlying == nullptr) def->underlying = it;
  Type* recv_type = def != nullptr ? static_cast<Type*>(def) : it;
  for (ast::Field* f : e->methods) {
    if (f->name == nullptr) {
      ast::Expr* t = ast::unparen(f->type);
      if (ast::isa<ast::UnaryExpr>(t) || ast::isa<ast::BinaryExpr>(t)) {
        error(e->pos, "generics are not supported yet");
        continue;
      }
      Type* et = resolve_type(f->type);
      if (is_invalid(et)) continue;
      Type* u = under(et);
      if (u != et || isa<Interface>(u)) {
        if (!isa<Interface>(u)) {
          if (!isa<Named>(u)) error(e->pos, "generics are not supported yet");
          continue;
        }
      } else if (!isa<Named>(et)) {
        error(e->pos, "generics are not supported yet");
        continue;
      }
      it->embeddeds.push_back(et);
      it->embed_pos.push_back(ast::start_pos(f->type));
      continue;
    }
    auto* ft = ast::dyn_cast<ast::FuncType>(f->type);
    if (ft == nullptr) continue;
    if (f->name->name == "_") {
      error(f->name->pos, "methods must have a unique non-blank name");
      continue;
    }
    Scope* scope = prog_.objects.make_scope(env_.scope, "function");
    scope->is_func = true;
    Signature* sig = func_type(ft, nullptr, scope);
    sig->recv = prog_.objects.make<Var>("", f->name->pos, pkg_, recv_type);
    auto* m = prog_.objects.make<Func>(f->name->name, f->name->pos, pkg_, sig);
    record_def(f->name, m);
    it->methods.push_back(m);
  }
  complete_interface(it, e->pos);
  return it;
}

void Checker::complete_interface(Interface* t, Pos pos) {
  if (t->complete) return;
  t->complete = true;
  std::vector<Func*> all;
  std::unordered_map<std::string_view, std::vector<Func*>> by_name;  // keeps this linear
  // As types2's computeInterfaceTypeSet: a method is at its declaration if
  // explicit, else at the embedding of its interface; errors use these.
  std::unordered_map<const Func*, Pos> mpos;
  auto add = [&](Func* m, Pos at, bool explicit_method) {
    for (Func* other : by_name[m->name]) {
      if (other->exported() || other->pkg == m->pkg) {
        if (explicit_method || !identical(other->type, m->type)) {
          auto b = report(at, "duplicate method " + std::string(m->name));
          b.note("\t" + pos_string(mpos[other]) + ": other declaration of " + std::string(m->name));
        }
        return;
      }
    }
    by_name[m->name].push_back(m);
    all.push_back(m);
    mpos[m] = at;
  };
  for (Func* m : t->methods) add(m, m->pos, true);
  for (size_t i = 0; i < t->embeddeds.size(); ++i) {
    auto* ei = dyn_cast<Interface>(under(t->embeddeds[i]));
    if (ei == nullptr) continue;
    complete_interface(ei, pos);
    Pos at = i < t->embed_pos.size() ? t->embed_pos[i] : pos;
    for (Func* m : ei->all_methods) add(m, at, false);
  }
  std::sort(all.begin(), all.end(), [](Func* a, Func* b) { return a->name < b->name; });
  t->all_methods = std::move(all);
}

}  // namespace gocxx::check
