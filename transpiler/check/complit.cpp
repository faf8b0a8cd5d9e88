// This file implements composite literals: structs (keyed and positional),
// arrays including [...]T, slices and maps, with elided element types
// (types2's CompositeLit case in expr.go and indexedElts).

#include <map>

#include "check/checker.h"
#include "check/constant/format.h"

namespace gocxx::check {

void Checker::composite_lit(Operand& x, ast::CompositeLit* e, Type* hint) {
  Type* typ = nullptr;
  Type* base = nullptr;
  if (e->type != nullptr) {
    auto* atyp = ast::dyn_cast<ast::ArrayType>(e->type);
    if (atyp != nullptr && atyp->len == nullptr) {
      // [...]T: the length comes from the literal.
      typ = types_.make<Array>(var_type(atyp->elem), -1);
      base = typ;
    } else {
      typ = resolve_type(e->type);
      base = typ;
    }
  } else if (hint != nullptr) {
    // types2 uses the core (underlying) type of an elided type, so errors
    // name the struct type itself: `struct{X int}`, not `P`.
    typ = hint;
    base = under(typ);
    if (auto* p = dyn_cast<Pointer>(base)) base = under(p->elem);  // *T implies &T{}
  } else {
    error(e->pos, "missing type in composite literal");
    x.set_invalid();
    return;
  }
  Type* u = under(base);
  switch (u->kind) {
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(u);
      if (e->elts.empty()) break;
      auto& fields = st->fields;
      if (ast::isa<ast::KeyValueExpr>(e->elts[0])) {
        std::vector<bool> visited(fields.size(), false);
        for (ast::Expr* el : e->elts) {
          auto* kv = ast::dyn_cast<ast::KeyValueExpr>(el);
          if (kv == nullptr) {
            error_at(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* key = ast::dyn_cast<ast::Ident>(kv->key);
          // No type hint: a field value may not elide its composite literal
          // type (`missing type in composite literal`), unlike an element.
          Operand v;
          expr(v, kv->value);
          if (key == nullptr) {
            error_at(kv, "invalid field name " + expr_str(kv->key) + " in struct literal");
            continue;
          }
          int fi = -1;
          for (size_t i = 0; i < fields.size(); ++i) {
            Var* f = fields[i];
            if (f->name == key->name && key->name != "_" && (f->exported() || f->pkg == pkg_)) {
              fi = static_cast<int>(i);
              break;
            }
          }
          if (fi < 0) {
            error(key->pos, "unknown field '" + std::string(key->name) +
                                "' in struct literal of type " + type_str(base));
            continue;
          }
          Var* fld = fields[static_cast<size_t>(fi)];
          record_use(key, fld);
          assignment(v, fld->type, "struct literal");
          if (visited[static_cast<size_t>(fi)]) {
            error_at(kv, "duplicate field name " + std::string(key->name) + " in struct literal");
            continue;
          }
          visited[static_cast<size_t>(fi)] = true;
        }
      } else {
        for (size_t i = 0; i < e->elts.size(); ++i) {
          ast::Expr* el = e->elts[i];
          if (auto* kv = ast::dyn_cast<ast::KeyValueExpr>(el)) {
            error_at(kv, "mixture of field:value and value elements in struct literal");
            continue;
          }
          Operand v;
          expr(v, el);  // no type hint, as for keyed fields
          if (i >= fields.size()) {
            error_at(v.expr, "too many values in " + type_str(base) + "{…}");
            break;
          }
          Var* fld = fields[i];
          if (!fld->exported() && fld->pkg != pkg_) {
            error_at(v.expr, "implicit assignment to unexported field " + std::string(fld->name) +
                                 " in " + type_str(base) + " literal");
            continue;
          }
          assignment(v, fld->type, "struct literal");
        }
        if (e->elts.size() < fields.size()) {
          error(e->rbrace, "too few values in " + type_str(base) + "{…}");
        }
      }
      break;
    }
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(u);
      int64_t n = indexed_elts(e->elts, a->elem, a->len);
      if (a->len < 0) {
        a->len = n;
        if (e->type != nullptr) {
          TypeAndValue* tv = info_.record(e->type);
          tv->mode = Mode::TypeExpr;
          tv->type = a;
        }
      }
      break;
    }
    case TypeKind::Slice:
      indexed_elts(e->elts, static_cast<Slice*>(u)->elem, -1);
      break;
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(u);
      std::map<std::string, std::vector<Type*>> visited;
      for (ast::Expr* el : e->elts) {
        auto* kv = ast::dyn_cast<ast::KeyValueExpr>(el);
        if (kv == nullptr) {
          error_at(el, "missing key in map literal");
          continue;
        }
        Operand k;
        expr_with_hint(k, kv->key, m->key);
        assignment(k, m->key, "map literal");
        if (k.mode == Mode::Constant && k.val.kind() != constant::Kind::Unknown) {
          std::string key = std::to_string(static_cast<int>(k.val.kind())) + ":" +
                            constant::to_exact_string(k.val);
          if (k.val.kind() == constant::Kind::Float || k.val.kind() == constant::Kind::Int) {
            key = "n:" + constant::to_exact_string(constant::to_float(k.val));
            if (constant::to_int(k.val).kind() == constant::Kind::Int) {
              key = "n:" + constant::to_exact_string(constant::to_int(k.val));
            }
          }
          bool duplicate = false;
          auto& types = visited[key];
          if (is_interface(m->key)) {
            for (Type* t : types) duplicate = duplicate || identical(t, k.type);
            types.push_back(k.type);
          } else {
            duplicate = !types.empty();
            types.push_back(k.type);
          }
          if (duplicate) {
            error_at(kv->key, "duplicate key " + constant::to_string(k.val) + " in map literal");
            continue;
          }
        }
        Operand v;
        expr_with_hint(v, kv->value, m->elem);
        assignment(v, m->elem, "map literal");
      }
      break;
    }
    default: {
      for (ast::Expr* el : e->elts) {
        if (auto* kv = ast::dyn_cast<ast::KeyValueExpr>(el)) el = kv->value;
        use_exprs(std::span<ast::Expr*>(&el, 1));
      }
      if (!is_invalid(u)) {
        error_at(e, "invalid composite literal type " + type_str(typ));
        x.set_invalid();
        return;
      }
      break;
    }
  }
  x.mode = Mode::Value;
  x.type = typ;
}

int64_t Checker::indexed_elts(std::span<ast::Expr*> elts, Type* elem, int64_t length) {
  std::unordered_set<int64_t> visited;
  int64_t idx = 0, max = 0;
  for (ast::Expr* el : elts) {
    bool valid_index = false;
    ast::Expr* eval = el;
    if (auto* kv = ast::dyn_cast<ast::KeyValueExpr>(el)) {
      Operand k;
      int64_t i = index(kv->key, length, false, &k);
      if (!k.invalid()) {
        if (i >= 0) {
          idx = i;
          valid_index = true;
        } else {
          error_at(el, "index " + expr_str(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && idx >= length) {
      error_at(el, "index " + std::to_string(idx) +
                       " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      valid_index = true;
    }
    if (valid_index) {
      if (!visited.insert(idx).second) {
        error_at(el, "duplicate index " + std::to_string(idx) + " in array or slice literal");
      }
    }
    ++idx;
    if (idx > max) max = idx;
    Operand x;
    expr_with_hint(x, eval, elem);
    assignment(x, elem, "array or slice literal");
  }
  return max;
}

}  // namespace gocxx::check
