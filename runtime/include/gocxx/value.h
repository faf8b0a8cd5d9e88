// This file implements the core of Go's value model that the runtime itself needs:
// strings, type descriptors and interface values (`any`), used by panics, channels of
// interface type and the printers. Generated code builds on the same definitions
// (see docs/design/values.md for the whole mapping of Go types to C++).
//
// Go:                                   C++:
//   s := "héllo"                          gocxx::String s("héllo");
//   b := s[1]; t := s[1:3]; u := s[2:]    uint8_t b = s.at(1); auto t = s.slice(1, 3); auto u =
//   s.slice_from(2); s < t                                 s < t        (bytewise, then by length)
//   var x any = 3                         gocxx::Any x = gocxx::box(int64_t(3),
//   gocxx::type_of_int()); x == y                                x == y       (panics for
//   uncomparable dynamic types)
#pragma once

#include <atomic>
#include <compare>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "gocxx/bounds.h"
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

  // s[i], bounds-checked.
  uint8_t at(int64_t i) const {
    detail::check_index(i, len);
    return static_cast<uint8_t>(ptr[i]);
  }
  // s[i] where the emitter proved i in range.
  uint8_t operator[](int64_t i) const { return static_cast<uint8_t>(ptr[i]); }
  // s[lo:hi], s[lo:]: share the bytes. An empty result keeps the base pointer (as Go does) so
  // it never points one past the end of a heap object and keeps its neighbour alive.
  String slice(int64_t lo, int64_t hi) const {
    detail::check_slice2(lo, hi, len, BoundsCode::SliceAlen);
    return {hi == lo ? ptr : ptr + lo, hi - lo};
  }
  String slice_from(int64_t lo) const {
    detail::check_slice_from(lo, len);
    return {len == lo ? ptr : ptr + lo, len - lo};
  }

  friend bool operator==(String a, String b) {
    return a.len == b.len && (a.len == 0 || std::memcmp(a.ptr, b.ptr, a.len) == 0);
  }
  // Go orders strings bytewise (unsigned bytes), a proper prefix first.
  friend std::strong_ordering operator<=>(String a, String b) {
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n == 0 ? 0 : std::memcmp(a.ptr, b.ptr, size_t(n));
    if (c != 0) return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    return a.len <=> b.len;
  }
};

// Go's reflect.Kind, listed once.
// clang-format does not settle on a layout for this list.
// clang-format off
#define GOCXX_KINDS(X)                                                                  \
  X(Invalid) X(Bool) X(Int) X(Int8) X(Int16) X(Int32) X(Int64) X(Uint) X(Uint8)         \
  X(Uint16) X(Uint32) X(Uint64) X(Uintptr) X(Float32) X(Float64) X(Complex64)           \
  X(Complex128) X(Array) X(Chan) X(Func) X(Interface) X(Map) X(Pointer) X(Slice)        \
  X(String) X(Struct) X(UnsafePointer)
// clang-format on

enum class Kind : uint8_t {
#define GOCXX_KIND_ENUM(k) k,
  GOCXX_KINDS(GOCXX_KIND_ENUM)
#undef GOCXX_KIND_ENUM
};

// A method for interface dispatch. `fn` and `task_fn` are type-erased entry points; their C++
// signature is fixed by the method's Go signature with the receiver passed as `const void*`
// (the interface's data word): value-receiver entries get a pointer to the boxed value,
// pointer-receiver entries the pointer itself. `fn` is the plain function `R(const void*,
// A...)`, `task_fn` the coroutine `Task<R>(const void*, A...)` used when the program calls the
// method's family as coroutines (docs/design/blocking.md). Generated types fill the one their
// family uses, the runtime's own types both (method_call.h). Method sets are sorted by name,
// so itabs are built by a merge.
using MethodFn = void (*)();  // the generic function-pointer type; cast to the real signature
struct Method {
  const char* name;  // exported: "String"; unexported: qualified by package, "main.m"
  const char* sig;   // canonical signature text without receiver: "func(int) string"
  MethodFn fn;       // plain entry; nullptr in an interface's method list or if only task_fn
  MethodFn task_fn = nullptr;  // coroutine entry; nullptr if only fn
};

struct Type;

// A struct field (reflection and fmt's %v walk structs through these).
struct Field {
  const char* name;
  const Type* type;
  uint32_t offset;
  bool embedded;
  bool exported;
};

// Type::flags bits.
enum TypeFlag : uint8_t {
  kTypeNamed = 1,        // a defined type (or a predeclared one): has a name of its own
  kTypeComparable = 2,   // == is defined (equal != nullptr says the same, kept for reflection)
  kTypePointerFree = 4,  // holds no pointer the collector must see
  // A //gocxx:cxxtype struct (sync.Mutex, ...): `fields` describe its Go definition, not the
  // C++ object, so reflection reads them as zero values (fmt prints a zero Mutex as Go does).
  kTypeOpaque = 8,
  // A func type whose values use the coroutine convention (their call returns a Task).
  kTypeAsyncFunc = 16,
};

using EqualFn = bool (*)(const void* a, const void* b);
using HashFn = uint64_t (*)(const void* p, uint64_t seed);

// A Go type descriptor. Generated code emits one constant per type it needs at run time, named
// `<mangled>_type`, with designated initializers; every field is constant-initialized.
struct Type {
  Kind kind = Kind::Invalid;
  uint8_t flags = 0;
  uint32_t size = 0;
  uint32_t align = 0;
  const char* name = "";       // as %T prints it: "int", "main.E", "*main.T", "[]string"
  const char* pkg_path = "";   // defined types: the package path ("main"); others ""
  const Type* elem = nullptr;  // pointer, slice, array, chan: element; map: value
  const Type* key = nullptr;   // map key
  int64_t len = 0;             // array length; chan direction for chans
  const Field* fields = nullptr;
  uint32_t num_fields = 0;
  const Method* methods = nullptr;  // method set sorted by name (interfaces: fn null)
  uint32_t num_methods = 0;
  // Operations on values of this type, through pointers to them (for pointer-shaped kinds, a
  // pointer to the data word). nullptr: not comparable / not hashable.
  EqualFn equal = nullptr;
  HashFn hash = nullptr;
  // Interfaces only: recent itabs used through this interface, positive or negative, one
  // per slot chosen by the dynamic type's address (see iface.h).
  static constexpr int kItabCacheSlots = 4;
  mutable std::atomic<const void*> itab_cache[kItabCacheSlots] = {};

  // Pointer-shaped kinds live in an interface's data word instead of a box.
  bool is_direct() const {
    return kind == Kind::Pointer || kind == Kind::Chan || kind == Kind::Map || kind == Kind::Func ||
           kind == Kind::UnsafePointer;
  }
  // The method with this name and signature, or nullptr.
  const Method* find_method(std::string_view name, std::string_view sig) const;
};

// Descriptors of the predeclared types (byte and rune are uint8 and int32), `error`,
// `interface {}` and unsafe.Pointer. Constant expressions: usable inside generated
// descriptors' initializers (`.elem = gocxx::type_of_int()`).
namespace detail {
extern const Type bool_type, int_type, int8_type, int16_type, int32_type, int64_type, uint_type,
    uint8_type, uint16_type, uint32_type, uint64_type, uintptr_type, float32_type, float64_type,
    complex64_type, complex128_type, string_type, unsafe_pointer_type, error_iface_type,
    any_iface_type, error_string_type;
}  // namespace detail
constexpr const Type* type_of_bool() { return &detail::bool_type; }
constexpr const Type* type_of_int() { return &detail::int_type; }
constexpr const Type* type_of_int8() { return &detail::int8_type; }
constexpr const Type* type_of_int16() { return &detail::int16_type; }
constexpr const Type* type_of_int32() { return &detail::int32_type; }
constexpr const Type* type_of_int64() { return &detail::int64_type; }
constexpr const Type* type_of_uint() { return &detail::uint_type; }
constexpr const Type* type_of_uint8() { return &detail::uint8_type; }
constexpr const Type* type_of_uint16() { return &detail::uint16_type; }
constexpr const Type* type_of_uint32() { return &detail::uint32_type; }
constexpr const Type* type_of_uint64() { return &detail::uint64_type; }
constexpr const Type* type_of_uintptr() { return &detail::uintptr_type; }
constexpr const Type* type_of_float32() { return &detail::float32_type; }
constexpr const Type* type_of_float64() { return &detail::float64_type; }
constexpr const Type* type_of_complex64() { return &detail::complex64_type; }
constexpr const Type* type_of_complex128() { return &detail::complex128_type; }
constexpr const Type* type_of_string() { return &detail::string_type; }
constexpr const Type* type_of_unsafe_pointer() { return &detail::unsafe_pointer_type; }
constexpr const Type* type_of_error_iface() { return &detail::error_iface_type; }  // error
constexpr const Type* type_of_any_iface() { return &detail::any_iface_type; }      // interface {}
// The dynamic type of errors.New-style runtime values (*errors.errorString).
constexpr const Type* type_of_error_string() { return &detail::error_string_type; }

struct Any;
namespace detail {
// Same non-nil dynamic type: compares the values, panicking for an uncomparable type.
bool any_equal_same_type(const Any& a, const Any& b);
}  // namespace detail

// An interface value: (dynamic type, data). For pointer-shaped kinds data is the pointer
// itself; for every other kind it points at an immutable boxed copy. Non-empty interface types
// are generated structs deriving from Any (see iface.h).
struct Any {
  const Type* type = nullptr;
  const void* data = nullptr;

  bool is_nil() const { return type == nullptr; }
  // Go's interface equality: same dynamic type (descriptor identity), then equal values.
  friend bool operator==(const Any& a, const Any& b) {
    if (a.type != b.type) return false;
    if (a.type == nullptr) return true;
    return detail::any_equal_same_type(a, b);
  }
};

// Go values are trivially copyable and zero-initialized by T{}.
static_assert(std::is_trivially_copyable_v<String> && String{}.ptr == nullptr && String{}.len == 0);
static_assert(std::is_trivially_copyable_v<Any> && Any{}.type == nullptr && Any{}.data == nullptr);

// Boxes a string / int / bool into an interface value.
Any make_any(String s);
Any make_any_int(int64_t v);
Any make_any_bool(bool v);

// Calls `Error() string` or `String() string` on a value when its dynamic type has it; false
// otherwise. A coroutine method runs to completion here (method_call.h).
bool call_error_method(Any v, String* out);
bool call_string_method(Any v, String* out);

}  // namespace gocxx
