// This file implements package errors' externs (runtime/std/errors/errors.go): the
// reflection errors.Is and errors.As need (Go uses internal/reflectlite), over type
// descriptors.
#pragma once

#include <cstring>

namespace go::errors {

// v's dynamic type supports == (v is not nil).
inline bool comparableType(gocxx::Any v) { return v.type != nullptr && v.type->equal != nullptr; }

inline void checkAsTarget(gocxx::Any target) {
  const gocxx::Type* t = target.type;
  if (t == nullptr || t->kind != gocxx::Kind::Pointer || target.data == nullptr)
    gocxx::panic(gocxx::String("errors: target must be a non-nil pointer"));
  const gocxx::Type* e = t->elem;
  if (e->kind != gocxx::Kind::Interface && !gocxx::implements(e, gocxx::type_of_error_iface()))
    gocxx::panic(gocxx::String("errors: *target must be interface or implement error"));
}

// reflectlite's AssignableTo(err's type, *target's type) then Elem().Set(err).
inline bool assignAs(gocxx::Any err, gocxx::Any target) {
  const gocxx::Type* e = target.type->elem;
  void* dst = const_cast<void*>(target.data);
  if (e->kind == gocxx::Kind::Interface) {
    if (!gocxx::implements(err.type, e)) return false;
    // Every interface value is the two words of an Any.
    *static_cast<gocxx::Any*>(dst) = gocxx::Any{err.type, err.data};
    return true;
  }
  if (err.type != e) return false;
  if (e->is_direct())
    std::memcpy(dst, &err.data, sizeof(void*));
  else if (e->size != 0)
    std::memcpy(dst, err.data, e->size);
  return true;
}

}  // namespace go::errors
