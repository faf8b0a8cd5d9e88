// This file implements the runtime's built-in type descriptors and interface helpers
// (see value.h).
#include "gocxx/value.h"

#include <cstring>

namespace gocxx {

String String::copy_of(std::string_view s) {
  if (s.empty()) return {};
  char* p = static_cast<char*>(gc_alloc_atomic(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, int64_t(s.size())};
}

MethodFn Type::find_method(std::string_view want) const {
  for (uint32_t i = 0; i < num_methods; i++)
    if (want == methods[i].name) return methods[i].fn;
  return nullptr;
}

namespace {

bool eq_bool(const void* a, const void* b) { return *static_cast<const bool*>(a) == *static_cast<const bool*>(b); }
bool eq_int(const void* a, const void* b) { return *static_cast<const int64_t*>(a) == *static_cast<const int64_t*>(b); }
bool eq_string(const void* a, const void* b) { return *static_cast<const String*>(a) == *static_cast<const String*>(b); }

const Type kBool{Kind::Bool, 1, "bool", nullptr, 0, eq_bool};
const Type kInt{Kind::Int, 8, "int", nullptr, 0, eq_int};
const Type kString{Kind::String, sizeof(String), "string", nullptr, 0, eq_string};

String error_string_error(const void* data) { return *static_cast<const String*>(data); }
const Method kErrorStringMethods[] = {{"Error", reinterpret_cast<MethodFn>(&error_string_error)}};
// errors.New's dynamic type; a pointer, so the data word is the pointer to the message.
const Type kErrorString{Kind::Pointer, 8, "*errors.errorString", kErrorStringMethods, 1, nullptr};

}  // namespace

const Type* type_of_bool() { return &kBool; }
const Type* type_of_int() { return &kInt; }
const Type* type_of_string() { return &kString; }
const Type* type_of_error_string() { return &kErrorString; }

Any make_any(String s) { return {&kString, gc_new<String>(s)}; }
Any make_any_int(int64_t v) {
  auto* p = static_cast<int64_t*>(gc_alloc_atomic(sizeof v));
  *p = v;
  return {&kInt, p};
}
Any make_any_bool(bool v) {
  auto* p = static_cast<bool*>(gc_alloc_atomic(1));
  *p = v;
  return {&kBool, p};
}

using StringMethod = String (*)(const void*);

bool call_error_method(Any v, String* out) {
  if (v.type == nullptr) return false;
  auto fn = reinterpret_cast<StringMethod>(v.type->find_method("Error"));
  if (!fn) return false;
  *out = fn(v.data);
  return true;
}

bool call_string_method(Any v, String* out) {
  if (v.type == nullptr) return false;
  auto fn = reinterpret_cast<StringMethod>(v.type->find_method("String"));
  if (!fn) return false;
  *out = fn(v.data);
  return true;
}

}  // namespace gocxx
