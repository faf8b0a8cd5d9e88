// This file implements explicit conversions T(x) (types2's conversions.go).

#include "base/unicode.h"
#include "check/checker.h"
#include "check/constant/format.h"

namespace gocxx::check {

namespace {

bool is_bytes_or_runes(Type* t) {
  auto* s = dyn_cast<Slice>(under(t));
  if (s == nullptr) return false;
  auto* b = dyn_cast<Basic>(under(s->elem));
  return b != nullptr && (b->basic_kind == BasicKind::Uint8 || b->basic_kind == BasicKind::Int32);
}

bool is_integer_or_float(Type* t) { return is_integer(t) || is_float(t); }

}  // namespace

bool Checker::convertible_to(Operand& x, Type* T, std::string* cause) {
  if (assignable_to(x, T, cause)) return true;
  Type* V = x.type;
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (identical_ignore_tags(Vu, Tu)) return true;
  if (auto* vp = dyn_cast<Pointer>(V)) {
    if (auto* tp = dyn_cast<Pointer>(T)) {
      if (identical_ignore_tags(under(vp->elem), under(tp->elem))) return true;
    }
  }
  if (is_integer_or_float(Vu) && is_integer_or_float(Tu)) return true;
  if (is_complex(Vu) && is_complex(Tu)) return true;
  if ((is_integer(Vu) || is_bytes_or_runes(Vu)) && is_string(Tu)) return true;
  if (is_string(Vu) && is_bytes_or_runes(Tu)) return true;
  bool t_unsafe = is_basic_kind(Tu, BasicKind::UnsafePointer);
  bool v_unsafe = is_basic_kind(Vu, BasicKind::UnsafePointer);
  if ((isa<Pointer>(Vu) || is_basic_kind(Vu, BasicKind::Uintptr)) && t_unsafe) return true;
  if (v_unsafe && (isa<Pointer>(Tu) || is_basic_kind(Tu, BasicKind::Uintptr))) return true;
  if (auto* s = dyn_cast<Slice>(Vu)) {
    if (auto* p = dyn_cast<Pointer>(Tu)) {
      if (auto* a = dyn_cast<Array>(under(p->elem))) {
        if (identical(s->elem, a->elem)) return true;
      }
    }
  }
  return false;
}

void Checker::conversion(Operand& x, Type* T) {
  bool const_arg = x.mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  if (const_arg && is_const_type(T)) {
    auto* t = static_cast<Basic*>(under(T));
    constant::Value v;
    int failure = 0;
    if (representable_value(x, t, &v, &failure)) {
      x.val = v;
      ok = true;
    } else if (is_integer(x.type) && is_string(t)) {
      char32_t cp = 0xFFFD;
      auto i = constant::uint64_val(x.val);
      if (i.exact && i.value <= 0x10FFFF && !(i.value >= 0xD800 && i.value <= 0xDFFF)) {
        cp = static_cast<char32_t>(i.value);
      }
      std::string s;
      base::append_utf8(s, cp);
      x.val = constant::make_string(s);
      ok = true;
    } else if (is_integer(t)) {
      // types2's representableConst stores the integer value before its
      // range check, so the error shows it: int8(complex128(1000)) is
      // "constant 1000 of type complex128", int8(1e100) all 101 digits.
      constant::Value i = constant::to_int(x.val);
      if (i.kind() == constant::Kind::Int) x.val = i;
    }
  } else if (convertible_to(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok) {
    if (!cause.empty()) {
      report(ast::start_pos(x.expr),
             "cannot convert " + describe(x) + " to type " + type_str(T) + ":", {"\t" + cause});
    } else {
      error_at(x.expr, "cannot convert " + describe(x) + " to type " + type_str(T));
    }
    x.set_invalid();
    return;
  }
  if (is_untyped(x.type)) {
    Type* final = T;
    if (is_basic_kind(x.type, BasicKind::UntypedNil)) {
      // keep T
    } else if (is_interface(T) || (const_arg && !is_const_type(T))) {
      final = default_type(x.type);
    } else if (x.mode == Mode::Constant && is_integer(x.type) && is_string(T)) {
      final = x.type;
    }
    update_expr_type(x.expr, final, true);
  }
  x.type = T;
}

}  // namespace gocxx::check
