// This file implements representability of constants in basic types,
// following types2's representableConst and representation (expr.go).

#include "check/constant/represent.h"

#include <cmath>

#include "check/constant/ops.h"

namespace gocxx::constant {
namespace {

enum class Class : uint8_t { Boolean, Signed, Unsigned, Float, Complex, String };

// Sizes in basic_kind.def.
constexpr int kWordBits = -1;
constexpr int kUnbounded = 0;

struct Info {
  std::string_view name;
  Class cls;
  int bits;
  bool untyped;
};

Info info(BasicKind kind) {
  switch (kind) {
#define GOCXX_BASIC_KIND(Name, GoName, Cls, Bits) \
  case BasicKind::Name:                           \
    return {GoName, Class::Cls, Bits, std::string_view(GoName).starts_with("untyped ")};
#include "check/constant/basic_kind.def"
  }
  return {"invalid type", Class::Boolean, kUnbounded, false};
}

// Whether the Int x fits `bits` bits, signed or not.
bool int_fits(const Value& x, int bits, bool is_signed) {
  if (sign(x) < 0) {
    if (!is_signed) return false;
    // -2**(bits-1) is the one negative value with bit_len == bits.
    int64_t n = bit_len(x);
    if (n < bits) return true;
    return n == bits && bit_len(binary_op(x, BinaryOp::Add, make_int64(1))) < bits;
  }
  return bit_len(x) <= (is_signed ? bits - 1 : bits);
}

// types2's roundFloat32/64 on a Float: the rounded value, or Unknown.
Value round_float(const Value& x, bool is32) {
  double f = is32 ? static_cast<double>(float32_val(x).value) : float64_val(x).value;
  if (std::isinf(f)) return Value();
  return make_float64(f);  // -0 (an underflowed negative) becomes 0, as in Go
}

bool represent_float(const Value& x, const Info& t, Value* rounded) {
  Value f = to_float(x);
  if (f.kind() != Kind::Float) return false;
  if (t.untyped) return true;  // untyped float: x itself, unconverted (as types2)
  Value r = round_float(f, t.bits == 32);
  if (r.kind() == Kind::Unknown) return false;
  if (rounded) *rounded = r;
  return true;
}

bool represent_complex(const Value& x, const Info& t, Value* rounded) {
  Value c = to_complex(x);
  if (c.kind() != Kind::Complex) return false;
  if (t.untyped) return true;
  bool is32 = t.bits == 64;  // complex64 has float32 parts
  Value re = round_float(real(c), is32), im = round_float(imag(c), is32);
  if (re.kind() == Kind::Unknown || im.kind() == Kind::Unknown) return false;
  if (rounded) *rounded = binary_op(re, BinaryOp::Add, make_imag(im));
  return true;
}

}  // namespace

std::string_view go_name(BasicKind kind) { return info(kind).name; }
bool is_untyped(BasicKind kind) { return info(kind).untyped; }

bool is_integer(BasicKind kind) {
  Class c = info(kind).cls;
  return c == Class::Signed || c == Class::Unsigned;
}

bool is_numeric(BasicKind kind) {
  Class c = info(kind).cls;
  return is_integer(kind) || c == Class::Float || c == Class::Complex;
}

bool untyped_int_overflows(const Value& x) {
  return x.kind() == Kind::Int && bit_len(x) > kUntypedIntBits;
}

bool representable(const Value& x, BasicKind target, Value* rounded, int word_bits) {
  if (x.kind() == Kind::Unknown) return true;  // avoid follow-up errors
  Info t = info(target);
  switch (t.cls) {
    case Class::Signed:
    case Class::Unsigned: {
      Value i = to_int(x);
      if (i.kind() != Kind::Int) return false;
      if (rounded) *rounded = i;
      if (t.untyped) return true;
      int bits = t.bits == kWordBits ? word_bits : t.bits;
      return int_fits(i, bits, t.cls == Class::Signed);
    }
    case Class::Float:
      return represent_float(x, t, rounded);
    case Class::Complex:
      return represent_complex(x, t, rounded);
    case Class::String:
      return x.kind() == Kind::String;
    case Class::Boolean:
      return x.kind() == Kind::Bool;
  }
  return false;
}

Representation represent(const Value& x, BasicKind operand, BasicKind target, int word_bits) {
  Value v = x;
  if (representable(x, target, &v, word_bits)) return {v, Failure::None};
  if (!is_numeric(operand) || !is_numeric(target)) return {Value(), Failure::NotConvertible};
  // float -> integer is "truncated"; integer -> integer, float -> float and
  // complex -> float are "overflows" (types2 representation()).
  bool truncated = !is_integer(operand) && is_integer(target);
  return {Value(), truncated ? Failure::Truncated : Failure::Overflows};
}

Value round_float32(const Value& x) { return round_float(x, true); }
Value round_float64(const Value& x) { return round_float(x, false); }

}  // namespace gocxx::constant
