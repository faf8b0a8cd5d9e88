// This file implements std/type_layout.h: the size and name Go 1.19's compiler gives a type
// descriptor symbol (cmd/compile/internal/reflectdata.writeType) and the linker's order over
// them (cmd/link/internal/ld.dodataSect: by size, then by name).
#include "gocxx/std/type_layout.h"

#include <cstring>

namespace gocxx {

namespace {

constexpr uint64_t kWord = 8;
constexpr uint64_t kRtype = 48;        // runtime._type
constexpr uint64_t kUncommon = 16;     // runtime.uncommontype
constexpr uint64_t kMethod = 16;       // runtime.method: name, mtyp, ifn, tfn offsets
constexpr uint64_t kStructField = 24;  // runtime.structField: name, typ, offsetAnon
constexpr uint64_t kIMethod = 8;       // runtime.imethod: name, ityp offsets

// uncommontype and the method table follow a defined type, and any type with methods (*T of a
// T with methods, structs embedding one). Go's methods(t) is t's method set, which is what
// gocxx's descriptors list, except for interfaces, whose own list is their imethods.
uint64_t uncommon_size(const Type* t) {
  bool named = t->flags & kTypeNamed;
  uint64_t methods = t->kind == Kind::Interface ? 0 : t->num_methods;
  if (!named && methods == 0) return 0;
  return kUncommon + methods * kMethod;
}

// The words the kind adds after the rtype (runtime.arrayType, chanType, ...).
uint64_t kind_extra(const Type* t) {
  switch (t->kind) {
    case Kind::Array:
      return 3 * kWord;  // elem, slice, len
    case Kind::Chan:
      return 2 * kWord;  // elem, dir
    case Kind::Func:
      return kWord;  // inCount, outCount, padding (parameters not known here)
    case Kind::Interface:
      return 4 * kWord + t->num_methods * kIMethod;  // pkgPath, []imethod
    case Kind::Map:
      return 5 * kWord;  // key, elem, bucket, hasher, sizes and flags
    case Kind::Pointer:
      return kWord;  // elem
    case Kind::Slice:
      return kWord;  // elem
    case Kind::Struct:
      return 4 * kWord + t->num_fields * kStructField;  // pkgPath, []structField
    default:
      return 0;
  }
}

}  // namespace

uint64_t go_type_symbol_size(const Type* t) { return kRtype + kind_extra(t) + uncommon_size(t); }

std::string go_type_symbol_name(const Type* t) {
  if (t->flags & kTypeNamed) {
    // "main.T" -> "<package path>.T"; predeclared types have no package.
    const char* dot = std::strchr(t->name, '.');
    if (*t->pkg_path == '\0' || dot == nullptr) return t->name;
    return std::string(t->pkg_path) + dot;
  }
  // Built by appending: GCC 12's -Wrestrict misfires on `"lit" + std::string`.
  std::string s;
  switch (t->kind) {
    case Kind::Pointer:
      return s.append("*").append(go_type_symbol_name(t->elem));
    case Kind::Slice:
      return s.append("[]").append(go_type_symbol_name(t->elem));
    case Kind::Array:
      return s.append("[")
          .append(std::to_string(t->len))
          .append("]")
          .append(go_type_symbol_name(t->elem));
    case Kind::Map:
      return s.append("map[")
          .append(go_type_symbol_name(t->key))
          .append("]")
          .append(go_type_symbol_name(t->elem));
    case Kind::Chan: {
      static const char* const dirs[] = {"chan ", "chan<- ", "<-chan "};
      return s.append(dirs[t->len]).append(go_type_symbol_name(t->elem));
    }
    default:
      return t->name;  // structs, funcs, interfaces: the %T text
  }
}

int compare_type_layout(const Type* a, const Type* b) {
  if (a == b) return 0;
  uint64_t sa = go_type_symbol_size(a), sb = go_type_symbol_size(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  int c = go_type_symbol_name(a).compare(go_type_symbol_name(b));
  if (c != 0) return c < 0 ? -1 : 1;
  // Distinct types with one name (local types of different functions): any fixed order.
  return a < b ? -1 : 1;
}

}  // namespace gocxx
