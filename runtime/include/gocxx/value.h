// This file implements the core of Go's value model that the runtime itself needs:
// strings, type descriptors and interface values (`any`), used by panics, channels of
// interface type and the printers. Generated code builds on the same definitions.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "gocxx/gc.h"

namespace gocxx {

// A Go string: immutable bytes, shared freely. Literals point at static storage;
// computed strings point into the collected heap (pointer-free, so atomic).
struct String {
  const char* ptr = nullptr;
  int64_t len = 0;

  constexpr String() = default;
  constexpr String(const char* p, int64_t n) : ptr(p), len(n) {}
  template <std::size_t N>
  constexpr String(const char (&lit)[N]) : ptr(lit), len(N - 1) {}
  std::string_view view() const { return {ptr, static_cast<std::size_t>(len)}; }
  // Copies `s` into the Go heap.
  static String copy_of(std::string_view s);
  friend bool operator==(String a, String b) {
    return a.len == b.len && (a.len == 0 || std::memcmp(a.ptr, b.ptr, a.len) == 0);
  }
};

// Go's reflect.Kind, listed once.
#define GOCXX_KINDS(X)                                                                       \
  X(Invalid) X(Bool) X(Int) X(Int8) X(Int16) X(Int32) X(Int64) X(Uint) X(Uint8) X(Uint16)    \
  X(Uint32) X(Uint64) X(Uintptr) X(Float32) X(Float64) X(Complex64) X(Complex128) X(Array)   \
  X(Chan) X(Func) X(Interface) X(Map) X(Pointer) X(Slice) X(String) X(Struct) X(UnsafePointer)

enum class Kind : uint8_t {
#define GOCXX_KIND_ENUM(k) k,
  GOCXX_KINDS(GOCXX_KIND_ENUM)
#undef GOCXX_KIND_ENUM
};

// A method for interface dispatch. `fn` is the type-erased entry point; its C++ signature is
// fixed by the method's Go signature with the receiver passed as `const void*` (the interface's
// data word). Tables are sorted by name so itabs are built by a merge.
using MethodFn = void (*)();  // the generic function-pointer type; cast to the real signature
struct Method {
  const char* name;
  MethodFn fn;
};

// A Go type descriptor. Generated code emits one constant per type it needs at run time.
struct Type {
  Kind kind;
  uint32_t size;
  const char* name;  // as %T prints it: "int", "main.E", "*main.T", "[]string"
  const Method* methods = nullptr;
  uint32_t num_methods = 0;
  // Equality of two values of this type; nullptr when the type is not comparable.
  bool (*equal)(const void* a, const void* b) = nullptr;

  MethodFn find_method(std::string_view name) const;
};

// Returns the descriptor of a predeclared type.
const Type* type_of_bool();
const Type* type_of_int();
const Type* type_of_string();
const Type* type_of_error_string();  // the dynamic type of errors.New-style runtime values

// An interface value: (dynamic type, data). For pointer-shaped kinds data is the pointer
// itself; for every other kind it points at an immutable boxed copy.
struct Any {
  const Type* type = nullptr;
  const void* data = nullptr;

  bool is_nil() const { return type == nullptr; }
};

// Boxes a string / int / bool into an interface value.
Any make_any(String s);
Any make_any_int(int64_t v);
Any make_any_bool(bool v);

// Calls Error() or String() on a value when its dynamic type has it; false otherwise.
bool call_error_method(Any v, String* out);
bool call_string_method(Any v, String* out);

}  // namespace gocxx
