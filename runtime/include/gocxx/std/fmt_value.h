// This file implements gocxx::FmtValue, the representation of package fmt's `rvalue`
// (runtime/std/fmt/value.go): the subset of reflect.Value that fmt's printer and scanner need,
// as a view over a type descriptor, an address and flags. Three words, trivially copyable.
//
//   rvalue v = valueOf(x)      gocxx::FmtValue v = gocxx::FmtValue::of(x);
//   v.Field(i), v.Elem()       views into the same storage; Set* writes through them.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>

#include "gocxx/complex.h"
#include "gocxx/slice.h"
#include "gocxx/value.h"

namespace gocxx {

struct FmtValue {
  // flag bits
  static constexpr uint64_t kReadOnly =
      1;                                // reached through an unexported field (reflect's flagRO)
  static constexpr uint64_t kAddr = 2;  // addressable: storage reached through a pointer
  static constexpr uint64_t kWord =
      4;  // pointer-shaped value held in `ptr` itself (from an interface)

  const Type* typ = nullptr;
  const void* ptr = nullptr;  // the value's storage (or the value, with kWord)
  uint64_t flag = 0;

  friend bool operator==(const FmtValue& a, const FmtValue& b) {
    return a.typ == b.typ && a.ptr == b.ptr && a.flag == b.flag;
  }
  friend uint64_t go_hash(const FmtValue& v, uint64_t seed);

  // reflect.ValueOf(x)
  static FmtValue of(Any x);

  bool valid() const { return typ != nullptr; }
  Kind kind() const { return typ ? typ->kind : Kind::Invalid; }
  // The one word of a pointer-shaped value (pointer, map, chan, func, unsafe.Pointer).
  const void* word() const {
    if (flag & kWord) return ptr;
    return *static_cast<const void* const*>(ptr);
  }
  const void* storage() const { return ptr; }

  Any interface() const;
  bool to_bool() const;
  int64_t to_int() const;
  uint64_t to_uint() const;
  double to_float() const;
  Complex128 to_complex() const;
  String to_string() const;
  int64_t len() const;
  FmtValue index(int64_t i) const;
  Slice<uint8_t> bytes() const;
  bool is_nil() const;
  FmtValue elem() const;
  uint64_t pointer() const;
  int64_t num_field() const;
  FmtValue field(int64_t i) const;
  String field_name(int64_t i) const;
  std::tuple<Slice<FmtValue>, Slice<FmtValue>> map_entries() const;

  void set_bool(bool x) const;
  void set_int(int64_t x) const;
  void set_uint(uint64_t x) const;
  void set_float(double x) const;
  void set_complex(Complex128 x) const;
  void set_string(String x) const;
  void set_bytes(Slice<uint8_t> b) const;
};

static_assert(std::is_trivially_copyable_v<FmtValue>);

// reflect.Kind.String(): "int", "ptr", "unsafe.Pointer", ...
std::string kind_name(Kind k);
// Panics with reflect's ValueError text: "reflect: call of <method> on <kind> Value".
[[noreturn]] void panic_value_error(const char* method, Kind k);

}  // namespace gocxx
