// This file implements the runtime's built-in type descriptors (every predeclared type,
// `error`, `interface {}`, unsafe.Pointer and errors.New's *errors.errorString), method lookup
// by name, and interface equality (see value.h).
#include "gocxx/value.h"

#include <cstring>
#include <string>

#include "gocxx/complex.h"
#include "gocxx/hash.h"
#include "gocxx/method_call.h"
#include "gocxx/panic.h"

namespace gocxx {

String String::copy_of(std::string_view s) {
  if (s.empty()) return {};
  char* p = static_cast<char*>(gc_alloc_atomic(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, int64_t(s.size())};
}

const Method* Type::find_method(std::string_view want, std::string_view sig) const {
  for (uint32_t i = 0; i < num_methods; i++)
    if (want == methods[i].name && sig == methods[i].sig) return &methods[i];
  return nullptr;
}

namespace detail {

// A predeclared scalar type: named, comparable, hashable, pointer-free.
#define GOCXX_BASIC_TYPE(var, K, T, text)                                  \
  const Type var{.kind = Kind::K,                                          \
                 .flags = kTypeNamed | kTypeComparable | kTypePointerFree, \
                 .size = sizeof(T),                                        \
                 .align = alignof(T),                                      \
                 .name = text,                                             \
                 .equal = equal_fn<T>,                                     \
                 .hash = hash_fn<T>};
GOCXX_BASIC_TYPE(bool_type, Bool, bool, "bool")
GOCXX_BASIC_TYPE(int_type, Int, int64_t, "int")
GOCXX_BASIC_TYPE(int8_type, Int8, int8_t, "int8")
GOCXX_BASIC_TYPE(int16_type, Int16, int16_t, "int16")
GOCXX_BASIC_TYPE(int32_type, Int32, int32_t, "int32")
GOCXX_BASIC_TYPE(int64_type, Int64, int64_t, "int64")
GOCXX_BASIC_TYPE(uint_type, Uint, uint64_t, "uint")
GOCXX_BASIC_TYPE(uint8_type, Uint8, uint8_t, "uint8")
GOCXX_BASIC_TYPE(uint16_type, Uint16, uint16_t, "uint16")
GOCXX_BASIC_TYPE(uint32_type, Uint32, uint32_t, "uint32")
GOCXX_BASIC_TYPE(uint64_type, Uint64, uint64_t, "uint64")
GOCXX_BASIC_TYPE(uintptr_type, Uintptr, uint64_t, "uintptr")
GOCXX_BASIC_TYPE(float32_type, Float32, float, "float32")
GOCXX_BASIC_TYPE(float64_type, Float64, double, "float64")
GOCXX_BASIC_TYPE(complex64_type, Complex64, Complex64, "complex64")
GOCXX_BASIC_TYPE(complex128_type, Complex128, Complex128, "complex128")
#undef GOCXX_BASIC_TYPE

const Type string_type{.kind = Kind::String,
                       .flags = kTypeNamed | kTypeComparable,
                       .size = sizeof(String),
                       .align = alignof(String),
                       .name = "string",
                       .equal = equal_fn<String>,
                       .hash = hash_fn<String>};

const Type unsafe_pointer_type{.kind = Kind::UnsafePointer,
                               .flags = kTypeNamed | kTypeComparable,
                               .size = sizeof(void*),
                               .align = alignof(void*),
                               .name = "unsafe.Pointer",
                               .pkg_path = "unsafe",
                               .equal = equal_fn<const void*>,
                               .hash = hash_fn<const void*>};

namespace {
const Method kErrorIfaceMethods[] = {{"Error", "func() string", nullptr}};
}  // namespace

const Type error_iface_type{.kind = Kind::Interface,
                            .flags = kTypeNamed | kTypeComparable,
                            .size = sizeof(Any),
                            .align = alignof(Any),
                            .name = "error",
                            .methods = kErrorIfaceMethods,
                            .num_methods = 1,
                            .equal = equal_fn<Any>,
                            .hash = hash_fn<Any>};

const Type any_iface_type{.kind = Kind::Interface,
                          .flags = kTypeComparable,
                          .size = sizeof(Any),
                          .align = alignof(Any),
                          .name = "interface {}",
                          .equal = equal_fn<Any>,
                          .hash = hash_fn<Any>};

namespace {
String error_string_error(const void* data) { return *static_cast<const String*>(data); }
const Method kErrorStringMethods[] = {
    runtime_method<&error_string_error>("Error", "func() string")};
const Type kErrorStringStruct{.kind = Kind::Struct,
                              .flags = kTypeNamed | kTypeComparable,
                              .size = sizeof(String),
                              .align = alignof(String),
                              .name = "errors.errorString",
                              .pkg_path = "errors",
                              .equal = equal_fn<String>,
                              .hash = hash_fn<String>};
}  // namespace

// errors.New's dynamic type; a pointer, so the data word is the pointer to the message.
const Type error_string_type{.kind = Kind::Pointer,
                             .flags = kTypeComparable,
                             .size = sizeof(void*),
                             .align = alignof(void*),
                             .name = "*errors.errorString",
                             .elem = &kErrorStringStruct,
                             .methods = kErrorStringMethods,
                             .num_methods = 1,
                             .equal = equal_fn<const void*>,
                             .hash = hash_fn<const void*>};

bool any_equal_same_type(const Any& a, const Any& b) {
  const Type* t = a.type;
  if (t->equal == nullptr)
    panic_runtime_error(String::copy_of("comparing uncomparable type " + std::string(t->name)));
  if (t->is_direct()) return a.data == b.data;
  // No shortcut for a.data == b.data: a boxed NaN is not equal to itself.
  return t->equal(a.data, b.data);
}

}  // namespace detail

Any make_any(String s) { return {&detail::string_type, gc_new<String>(s)}; }
Any make_any_int(int64_t v) {
  auto* p = static_cast<int64_t*>(gc_alloc_atomic(sizeof v));
  *p = v;
  return {&detail::int_type, p};
}
Any make_any_bool(bool v) {
  auto* p = static_cast<bool*>(gc_alloc_atomic(1));
  *p = v;
  return {&detail::bool_type, p};
}

namespace {

bool call_text_method(Any v, const char* name, String* out) {
  if (v.type == nullptr) return false;
  const Method* m = v.type->find_method(name, "func() string");
  if (m == nullptr) return false;
  *out = call_method_sync<String>(*m, v.data);
  return true;
}

}  // namespace

bool call_error_method(Any v, String* out) { return call_text_method(v, "Error", out); }
bool call_string_method(Any v, String* out) { return call_text_method(v, "String", out); }

}  // namespace gocxx
