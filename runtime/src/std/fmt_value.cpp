// This file implements gocxx::FmtValue (std/fmt_value.h): reflect.Value's behaviour for the
// operations package fmt uses, read through type descriptors (Go: reflect/value.go).
#include "gocxx/std/fmt_value.h"

#include <cctype>
#include <cstring>
#include <string>

#include "gocxx/detail/hchan.h"
#include "gocxx/detail/hmap.h"
#include "gocxx/hash.h"
#include "gocxx/iface.h"
#include "gocxx/panic.h"
#include "gocxx/strings.h"

namespace gocxx {

std::string kind_name(Kind k) {
  static const char* const names[] = {
#define GOCXX_KIND_NAME(k) #k,
      GOCXX_KINDS(GOCXX_KIND_NAME)
#undef GOCXX_KIND_NAME
  };
  if (k == Kind::Pointer) return "ptr";
  if (k == Kind::UnsafePointer) return "unsafe.Pointer";
  std::string kn = names[int(k)];
  for (auto& c : kn) c = char(std::tolower(c));
  return kn;
}

void panic_value_error(const char* method, Kind k) {
  std::string m = std::string("reflect: call of ") + method + " on ";
  m += k == Kind::Invalid ? "zero" : kind_name(k);
  panic(String::copy_of(m + " Value"));
}

namespace {

// Go's struct{} and [0]T have size 0; a C++ stand-in may report 1. Element strides come
// from the descriptor, which the emitter fills with Go's sizes.
int64_t elem_stride(const Type* t) { return t->size; }

[[noreturn]] void bad_kind(const char* method, Kind k) { panic_value_error(method, k); }

const void* copy_out(const Type* t, const void* p) {
  if (t->size == 0) return detail::zero_value;
  void* q = (t->flags & kTypePointerFree) ? gc_alloc_atomic(t->size) : gc_alloc(t->size);
  std::memcpy(q, p, t->size);
  return q;
}

FmtValue from_any(Any x, uint64_t inherited) {
  if (x.type == nullptr) return {};
  return {x.type, x.data, (x.type->is_direct() ? FmtValue::kWord : 0) | inherited};
}

}  // namespace

uint64_t go_hash(const FmtValue& v, uint64_t seed) {
  return detail::hash_u64(reinterpret_cast<uintptr_t>(v.ptr) ^ (v.flag << 1),
                          detail::hash_u64(reinterpret_cast<uintptr_t>(v.typ), seed));
}

FmtValue FmtValue::of(Any x) { return from_any(x, 0); }

Any FmtValue::interface() const {
  if (typ == nullptr) panic(String("reflect: call of reflect.Value.Interface on zero Value"));
  if (typ->kind == Kind::Interface) return *static_cast<const Any*>(ptr);
  if (typ->is_direct()) return {typ, word()};
  // Interface values box immutable copies; the storage here may change later.
  return {typ, copy_out(typ, ptr)};
}

bool FmtValue::to_bool() const { return *static_cast<const bool*>(ptr); }

int64_t FmtValue::to_int() const {
  switch (kind()) {
    case Kind::Int8:
      return *static_cast<const int8_t*>(ptr);
    case Kind::Int16:
      return *static_cast<const int16_t*>(ptr);
    case Kind::Int32:
      return *static_cast<const int32_t*>(ptr);
    case Kind::Int:
    case Kind::Int64:
      return *static_cast<const int64_t*>(ptr);
    default:
      bad_kind("reflect.Value.Int", kind());
  }
}

uint64_t FmtValue::to_uint() const {
  switch (kind()) {
    case Kind::Uint8:
      return *static_cast<const uint8_t*>(ptr);
    case Kind::Uint16:
      return *static_cast<const uint16_t*>(ptr);
    case Kind::Uint32:
      return *static_cast<const uint32_t*>(ptr);
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      return *static_cast<const uint64_t*>(ptr);
    default:
      bad_kind("reflect.Value.Uint", kind());
  }
}

double FmtValue::to_float() const {
  switch (kind()) {
    case Kind::Float32:
      return *static_cast<const float*>(ptr);
    case Kind::Float64:
      return *static_cast<const double*>(ptr);
    default:
      bad_kind("reflect.Value.Float", kind());
  }
}

Complex128 FmtValue::to_complex() const {
  switch (kind()) {
    case Kind::Complex64: {
      auto c = *static_cast<const Complex64*>(ptr);
      return Complex128{double(c.re), double(c.im)};
    }
    case Kind::Complex128:
      return *static_cast<const Complex128*>(ptr);
    default:
      bad_kind("reflect.Value.Complex", kind());
  }
}

String FmtValue::to_string() const {
  if (kind() != Kind::String) bad_kind("reflect.Value.String", kind());
  return *static_cast<const String*>(ptr);
}

int64_t FmtValue::len() const {
  switch (kind()) {
    case Kind::Array:
      return typ->len;
    case Kind::Slice:
      return static_cast<const Slice<char>*>(ptr)->len;
    case Kind::String:
      return static_cast<const String*>(ptr)->len;
    case Kind::Map:
      return detail::map_len(static_cast<const detail::hmap*>(word()));
    case Kind::Chan:
      return detail::chan_len(
          const_cast<detail::hchan*>(static_cast<const detail::hchan*>(word())));
    default:
      bad_kind("reflect.Value.Len", kind());
  }
}

FmtValue FmtValue::index(int64_t i) const {
  switch (kind()) {
    case Kind::Array: {
      if (i < 0 || i >= typ->len) panic(String("reflect: array index out of range"));
      return {typ->elem, static_cast<const char*>(ptr) + i * elem_stride(typ->elem),
              flag & (kReadOnly | kAddr)};
    }
    case Kind::Slice: {
      auto s = static_cast<const Slice<char>*>(ptr);
      if (i < 0 || i >= s->len) panic(String("reflect: slice index out of range"));
      return {typ->elem, s->ptr + i * elem_stride(typ->elem), (flag & kReadOnly) | kAddr};
    }
    case Kind::String: {
      auto s = static_cast<const String*>(ptr);
      if (i < 0 || i >= s->len) panic(String("reflect: string index out of range"));
      return {type_of_uint8(), s->ptr + i, flag & kReadOnly};
    }
    default:
      bad_kind("reflect.Value.Index", kind());
  }
}

Slice<uint8_t> FmtValue::bytes() const {
  const void* p;
  int64_t n;
  if (kind() == Kind::Slice) {
    auto s = static_cast<const Slice<uint8_t>*>(ptr);
    if (s->ptr == nullptr) return {};
    p = s->ptr;
    n = s->len;
  } else if (kind() == Kind::Array) {
    p = ptr;
    n = typ->len;
  } else {
    bad_kind("reflect.Value.Bytes", kind());
  }
  auto out = Slice<uint8_t>::make(n);
  if (n) std::memcpy(out.ptr, p, size_t(n));
  return out;
}

bool FmtValue::is_nil() const {
  switch (kind()) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::UnsafePointer:
      return word() == nullptr;
    case Kind::Interface:
      return static_cast<const Any*>(ptr)->type == nullptr;
    case Kind::Slice:
      return static_cast<const Slice<char>*>(ptr)->ptr == nullptr;
    default:
      bad_kind("reflect.Value.IsNil", kind());
  }
}

FmtValue FmtValue::elem() const {
  switch (kind()) {
    case Kind::Interface:
      return from_any(*static_cast<const Any*>(ptr), flag & kReadOnly);
    case Kind::Pointer: {
      const void* p = word();
      if (p == nullptr) return {};
      return {typ->elem, p, (flag & kReadOnly) | kAddr};
    }
    default:
      bad_kind("reflect.Value.Elem", kind());
  }
}

uint64_t FmtValue::pointer() const {
  switch (kind()) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::UnsafePointer:
      return reinterpret_cast<uintptr_t>(word());
    case Kind::Slice:
      return reinterpret_cast<uintptr_t>(static_cast<const Slice<char>*>(ptr)->ptr);
    default:
      bad_kind("reflect.Value.Pointer", kind());
  }
}

int64_t FmtValue::num_field() const {
  if (kind() != Kind::Struct) bad_kind("reflect.Value.NumField", kind());
  return typ->num_fields;
}

FmtValue FmtValue::field(int64_t i) const {
  if (kind() != Kind::Struct) bad_kind("reflect.Value.Field", kind());
  if (i < 0 || i >= int64_t(typ->num_fields)) panic(String("reflect: Field index out of range"));
  const Field& f = typ->fields[i];
  if (typ->flags & kTypeOpaque) {
    // The C++ object has no such member: the field reads as its zero value, read-only.
    alignas(16) static const unsigned char zero[256] = {};
    if (f.type->size > sizeof zero) panic(String("reflect: opaque field too large"));
    return {f.type, zero, kReadOnly};
  }
  uint64_t fl = flag & (kReadOnly | kAddr);
  if (!f.exported) fl |= kReadOnly;
  return {f.type, static_cast<const char*>(ptr) + f.offset, fl};
}

String FmtValue::field_name(int64_t i) const {
  if (kind() != Kind::Struct) bad_kind("reflect.Value.FieldName", kind());
  const char* n = typ->fields[i].name;
  return String(n, int64_t(std::strlen(n)));
}

std::tuple<Slice<FmtValue>, Slice<FmtValue>> FmtValue::map_entries() const {
  if (kind() != Kind::Map) bad_kind("reflect.Value.MapRange", kind());
  auto* h = const_cast<detail::hmap*>(static_cast<const detail::hmap*>(word()));
  int64_t n = detail::map_len(h);
  auto keys = Slice<FmtValue>::make(0, n);
  auto vals = Slice<FmtValue>::make(0, n);
  if (h == nullptr) return {keys, vals};
  detail::MapIter it{};
  detail::map_iter_init(&it, h);
  uint64_t ro = flag & kReadOnly;
  while (detail::map_iter_next(&it)) {
    // Copies: the table's slots move when the map grows.
    keys = append(keys, FmtValue{typ->key, copy_out(typ->key, it.key), ro});
    const void* v = typ->elem->size == 0 ? detail::zero_value : copy_out(typ->elem, it.val);
    vals = append(vals, FmtValue{typ->elem, v, ro});
  }
  return {keys, vals};
}

namespace {
void* writable(const FmtValue& v, const char* method) {
  if (!(v.flag & FmtValue::kAddr) || (v.flag & FmtValue::kReadOnly))
    panic(String::copy_of(std::string("reflect: reflect.Value.") + method +
                          " using unaddressable value"));
  return const_cast<void*>(v.ptr);
}
}  // namespace

void FmtValue::set_bool(bool x) const {
  if (kind() != Kind::Bool) bad_kind("reflect.Value.SetBool", kind());
  *static_cast<bool*>(writable(*this, "SetBool")) = x;
}

void FmtValue::set_int(int64_t x) const {
  void* p = writable(*this, "SetInt");
  switch (kind()) {
    case Kind::Int8:
      *static_cast<int8_t*>(p) = int8_t(x);
      break;
    case Kind::Int16:
      *static_cast<int16_t*>(p) = int16_t(x);
      break;
    case Kind::Int32:
      *static_cast<int32_t*>(p) = int32_t(x);
      break;
    case Kind::Int:
    case Kind::Int64:
      *static_cast<int64_t*>(p) = x;
      break;
    default:
      bad_kind("reflect.Value.SetInt", kind());
  }
}

void FmtValue::set_uint(uint64_t x) const {
  void* p = writable(*this, "SetUint");
  switch (kind()) {
    case Kind::Uint8:
      *static_cast<uint8_t*>(p) = uint8_t(x);
      break;
    case Kind::Uint16:
      *static_cast<uint16_t*>(p) = uint16_t(x);
      break;
    case Kind::Uint32:
      *static_cast<uint32_t*>(p) = uint32_t(x);
      break;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      *static_cast<uint64_t*>(p) = x;
      break;
    default:
      bad_kind("reflect.Value.SetUint", kind());
  }
}

void FmtValue::set_float(double x) const {
  void* p = writable(*this, "SetFloat");
  switch (kind()) {
    case Kind::Float32:
      *static_cast<float*>(p) = float(x);
      break;
    case Kind::Float64:
      *static_cast<double*>(p) = x;
      break;
    default:
      bad_kind("reflect.Value.SetFloat", kind());
  }
}

void FmtValue::set_complex(Complex128 x) const {
  void* p = writable(*this, "SetComplex");
  switch (kind()) {
    case Kind::Complex64:
      *static_cast<Complex64*>(p) = Complex64{float(x.re), float(x.im)};
      break;
    case Kind::Complex128:
      *static_cast<Complex128*>(p) = x;
      break;
    default:
      bad_kind("reflect.Value.SetComplex", kind());
  }
}

void FmtValue::set_string(String x) const {
  if (kind() != Kind::String) bad_kind("reflect.Value.SetString", kind());
  *static_cast<String*>(writable(*this, "SetString")) = x;
}

void FmtValue::set_bytes(Slice<uint8_t> b) const {
  if (kind() != Kind::Slice) bad_kind("reflect.Value.SetBytes", kind());
  auto c = Slice<uint8_t>::make(b.len);
  if (b.len) std::memcpy(c.ptr, b.ptr, size_t(b.len));
  *static_cast<Slice<uint8_t>*>(writable(*this, "SetBytes")) =
      b.ptr == nullptr ? Slice<uint8_t>{} : c;
}

}  // namespace gocxx
