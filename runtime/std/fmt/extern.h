// This file implements package fmt's externs (runtime/std/fmt/value.go): `rvalue`, the
// reflect.Value subset fmt prints and scans through, is gocxx::FmtValue
// (gocxx/std/fmt_value.h); these are its methods, one line each.
#pragma once

#include "gocxx/std/fmt_value.h"
#include "gocxx/std/type_layout.h"

namespace go::fmt {

inline gocxx::FmtValue valueOf(gocxx::Any i) { return gocxx::FmtValue::of(i); }

inline kind rvalue_Kind(gocxx::FmtValue v) { return kind(v.kind()); }
inline gocxx::String rvalue_TypeString(gocxx::FmtValue v) {
  const char* n = v.typ ? v.typ->name : "<nil>";
  return gocxx::String(n, int64_t(std::strlen(n)));
}
// One descriptor per type in a program: its address identifies the type.
inline uint64_t rvalue_TypeID(gocxx::FmtValue v) { return reinterpret_cast<uintptr_t>(v.typ); }
inline int64_t compareTypes(gocxx::FmtValue a, gocxx::FmtValue b) {
  return gocxx::compare_type_layout(a.typ, b.typ);
}
inline int64_t rvalue_Bits(gocxx::FmtValue v) { return int64_t(v.typ->size) * 8; }
inline kind rvalue_ElemKind(gocxx::FmtValue v) { return kind(v.typ->elem->kind); }
inline bool rvalue_CanInterface(gocxx::FmtValue v) {
  return !(v.flag & gocxx::FmtValue::kReadOnly);
}
inline gocxx::Any rvalue_Interface(gocxx::FmtValue v) { return v.interface(); }
inline bool rvalue_Bool(gocxx::FmtValue v) { return v.to_bool(); }
inline int64_t rvalue_Int(gocxx::FmtValue v) { return v.to_int(); }
inline uint64_t rvalue_Uint(gocxx::FmtValue v) { return v.to_uint(); }
inline double rvalue_Float(gocxx::FmtValue v) { return v.to_float(); }
inline gocxx::Complex128 rvalue_Complex(gocxx::FmtValue v) { return v.to_complex(); }
inline gocxx::String rvalue_String(gocxx::FmtValue v) { return v.to_string(); }
inline int64_t rvalue_Len(gocxx::FmtValue v) { return v.len(); }
inline gocxx::FmtValue rvalue_Index(gocxx::FmtValue v, int64_t i) { return v.index(i); }
inline gocxx::Slice<uint8_t> rvalue_Bytes(gocxx::FmtValue v) { return v.bytes(); }
inline bool rvalue_IsNil(gocxx::FmtValue v) { return v.is_nil(); }
inline gocxx::FmtValue rvalue_Elem(gocxx::FmtValue v) { return v.elem(); }
inline uint64_t rvalue_Pointer(gocxx::FmtValue v) { return v.pointer(); }
inline int64_t rvalue_NumField(gocxx::FmtValue v) { return v.num_field(); }
inline gocxx::FmtValue rvalue_Field(gocxx::FmtValue v, int64_t i) { return v.field(i); }
inline gocxx::String rvalue_FieldName(gocxx::FmtValue v, int64_t i) { return v.field_name(i); }
inline std::tuple<gocxx::Slice<gocxx::FmtValue>, gocxx::Slice<gocxx::FmtValue>> rvalue_MapEntries(
    gocxx::FmtValue v) {
  return v.map_entries();
}
inline void rvalue_SetBool(gocxx::FmtValue v, bool x) { v.set_bool(x); }
inline void rvalue_SetInt(gocxx::FmtValue v, int64_t x) { v.set_int(x); }
inline void rvalue_SetUint(gocxx::FmtValue v, uint64_t x) { v.set_uint(x); }
inline void rvalue_SetFloat(gocxx::FmtValue v, double x) { v.set_float(x); }
inline void rvalue_SetComplex(gocxx::FmtValue v, gocxx::Complex128 x) { v.set_complex(x); }
inline void rvalue_SetString(gocxx::FmtValue v, gocxx::String x) { v.set_string(x); }
inline void rvalue_SetBytes(gocxx::FmtValue v, gocxx::Slice<uint8_t> b) { v.set_bytes(b); }

}  // namespace go::fmt
