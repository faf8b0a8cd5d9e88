// This file implements type identity, comparability and nil-ability
// (types2's predicates.go).

#include <vector>

#include "check/checker.h"

namespace gocxx::check {

namespace {

bool same_id(const Var* a, const Var* b) {
  if (a->name != b->name) return false;
  if (a->exported()) return true;
  return a->pkg == b->pkg;
}

bool identical_impl(const Type* x, const Type* y, bool cmp_tags);

bool identical_tuple(const Tuple* x, const Tuple* y, bool cmp_tags) {
  if (x == y) return true;
  size_t nx = x != nullptr ? x->size() : 0, ny = y != nullptr ? y->size() : 0;
  if (nx != ny) return false;
  for (size_t i = 0; i < nx; ++i) {
    if (!identical_impl(x->vars[i]->type, y->vars[i]->type, cmp_tags)) return false;
  }
  return true;
}

bool identical_impl(const Type* x, const Type* y, bool cmp_tags) {
  if (x == y) return true;
  if (x == nullptr || y == nullptr) return false;
  if (x->kind != y->kind) return false;
  switch (x->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(x)->basic_kind == static_cast<const Basic*>(y)->basic_kind;
    case TypeKind::Pointer:
      return identical_impl(static_cast<const Pointer*>(x)->elem,
                            static_cast<const Pointer*>(y)->elem, cmp_tags);
    case TypeKind::Array: {
      const auto *a = static_cast<const Array*>(x), *b = static_cast<const Array*>(y);
      return (a->len < 0 || b->len < 0 || a->len == b->len) &&
             identical_impl(a->elem, b->elem, cmp_tags);
    }
    case TypeKind::Slice:
      return identical_impl(static_cast<const Slice*>(x)->elem, static_cast<const Slice*>(y)->elem,
                            cmp_tags);
    case TypeKind::Map: {
      const auto *a = static_cast<const Map*>(x), *b = static_cast<const Map*>(y);
      return identical_impl(a->key, b->key, cmp_tags) && identical_impl(a->elem, b->elem, cmp_tags);
    }
    case TypeKind::Chan: {
      const auto *a = static_cast<const Chan*>(x), *b = static_cast<const Chan*>(y);
      return a->dir == b->dir && identical_impl(a->elem, b->elem, cmp_tags);
    }
    case TypeKind::Struct: {
      const auto *a = static_cast<const Struct*>(x), *b = static_cast<const Struct*>(y);
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); ++i) {
        const Var *f = a->fields[i], *g = b->fields[i];
        if (f->embedded != g->embedded || !same_id(f, g)) return false;
        if (cmp_tags) {
          std::string_view ta = i < a->tags.size() ? std::string_view(a->tags[i]) : "";
          std::string_view tb = i < b->tags.size() ? std::string_view(b->tags[i]) : "";
          if (ta != tb) return false;
        }
        if (!identical_impl(f->type, g->type, cmp_tags)) return false;
      }
      return true;
    }
    case TypeKind::Tuple:
      return identical_tuple(static_cast<const Tuple*>(x), static_cast<const Tuple*>(y), cmp_tags);
    case TypeKind::Signature: {
      const auto *a = static_cast<const Signature*>(x), *b = static_cast<const Signature*>(y);
      return a->variadic == b->variadic && identical_tuple(a->params, b->params, cmp_tags) &&
             identical_tuple(a->results, b->results, cmp_tags);
    }
    case TypeKind::Interface: {
      const auto *a = static_cast<const Interface*>(x), *b = static_cast<const Interface*>(y);
      if (a->is_comparable_constraint != b->is_comparable_constraint) return false;
      if (a->all_methods.size() != b->all_methods.size()) return false;
      // all_methods are sorted by name.
      for (size_t i = 0; i < a->all_methods.size(); ++i) {
        const Func *f = a->all_methods[i], *g = b->all_methods[i];
        if (f->name != g->name) return false;
        if (!f->exported() && f->pkg != g->pkg) return false;
        if (!identical_impl(f->type, g->type, cmp_tags)) return false;
      }
      return true;
    }
    case TypeKind::Named:
      return false;  // distinct named types (x != y)
  }
  return false;
}

bool comparable_impl(const Type* T, std::string* why, const Package* local,
                     std::vector<const Type*>& seen) {
  for (const Type* s : seen) {
    if (s == T) return true;
  }
  seen.push_back(T);
  const Type* u = under(T);
  switch (u->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(u)->basic_kind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (const Var* f : static_cast<const Struct*>(u)->fields) {
        if (!comparable_impl(f->type, nullptr, local, seen)) {
          if (why != nullptr)
            *why = "struct containing " + type_string(f->type, local) + " cannot be compared";
          return false;
        }
      }
      return true;
    case TypeKind::Array:
      if (!comparable_impl(static_cast<const Array*>(u)->elem, nullptr, local, seen)) {
        if (why != nullptr) *why = type_string(T, local) + " cannot be compared";
        return false;
      }
      return true;
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Tuple:
    case TypeKind::Signature:
    case TypeKind::Named:
      return false;
  }
  return false;
}

}  // namespace

bool identical(const Type* x, const Type* y) { return identical_impl(x, y, true); }
bool identical_ignore_tags(const Type* x, const Type* y) { return identical_impl(x, y, false); }

bool comparable(const Type* T, std::string* why, const Package* local) {
  std::vector<const Type*> seen;
  return comparable_impl(T, why, local, seen);
}

bool has_nil(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(u)->basic_kind == BasicKind::UnsafePointer;
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Interface:
      return true;
    case TypeKind::Array:
    case TypeKind::Struct:
    case TypeKind::Tuple:
    case TypeKind::Named:
      return false;
  }
  return false;
}

}  // namespace gocxx::check
