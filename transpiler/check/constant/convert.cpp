// This file implements the numeric conversions between constant kinds
// (to_int, to_float, to_complex, real, imag) and to float64/float32.

#include "check/constant/rep.h"
#include "check/constant/round.h"

namespace gocxx::constant {
namespace {

using detail::Binary;
using Form = Value::Form;

// b as an integer if it is one.
bool integer_of(const Binary& b, mpz_class* out) {
  if (b.sticky) return false;
  if (b.exp >= 0) {
    mpz_mul_2exp(out->get_mpz_t(), b.mant.get_mpz_t(), static_cast<mp_bitcnt_t>(b.exp));
  } else {
    auto frac_bits = static_cast<mp_bitcnt_t>(-b.exp);
    if (b.mant != 0 && mpz_scan1(b.mant.get_mpz_t(), 0) < frac_bits) return false;
    mpz_fdiv_q_2exp(out->get_mpz_t(), b.mant.get_mpz_t(), frac_bits);
  }
  if (b.neg) *out = -*out;
  return true;
}

// go/constant's ToInt of a float: exact, or an integer after rounding the
// mantissa down or up by a few bits, since 1e5000/1e4999 computed in 512
// bits need not come out as exactly 10.
Value float_to_int(const mpf_class& f) {
  if (!detail::small_float(f)) return Value();  // avoid creating huge integers
  Binary b = detail::binary_of(f);
  mpz_class i;
  if (integer_of(b, &i)) return detail::int_value(i);
  constexpr int64_t kDelta = 4;  // a small number of bits > 0
  constexpr auto kBits = static_cast<int64_t>(detail::kFloatPrec) - kDelta;
  for (detail::RoundMode mode : {detail::RoundMode::ToZero, detail::RoundMode::AwayFromZero}) {
    Binary t = b;
    detail::round_mantissa(t, kBits, mode);
    if (integer_of(t, &i)) return detail::int_value(i);
  }
  return Value();
}

// x as a Binary, if it is an Int or Float.
bool binary_of_number(const Value& x, int bits, Binary* b) {
  switch (x.form()) {
    case Form::SmallInt:
    case Form::BigInt:
      *b = detail::binary_of(detail::as_mpz(x));
      return true;
    case Form::Rat:
      *b = detail::binary_of(detail::rat(x), bits);
      return true;
    case Form::BigFloat:
      *b = detail::binary_of(detail::big_float(x));
      return true;
    case Form::Unknown:
    case Form::Bool:
    case Form::String:
    case Form::Complex:
      break;
  }
  return false;
}

}  // namespace

Value to_int(const Value& x) {
  switch (x.form()) {
    case Form::SmallInt:
    case Form::BigInt:
      return x;
    case Form::Rat:
      if (detail::rat(x).get_den() == 1) return detail::int_value(detail::rat(x).get_num());
      break;
    case Form::BigFloat:
      return float_to_int(detail::big_float(x));
    case Form::Complex: {
      Value re = to_float(x);
      if (re.kind() == Kind::Float) return to_int(re);
      break;
    }
    case Form::Unknown:
    case Form::Bool:
    case Form::String:
      break;
  }
  return Value();
}

Value to_float(const Value& x) {
  switch (x.form()) {
    case Form::SmallInt:
      return detail::literal_rat_value(detail::as_mpq(x));
    case Form::BigInt:
      if (detail::small_int_bits(detail::big_int(x)))
        return detail::literal_rat_value(detail::as_mpq(x));
      return detail::float_value(detail::as_mpf(x));
    case Form::Rat:
    case Form::BigFloat:
      return x;
    case Form::Complex:
      if (sign(detail::cplx(x).im) == 0) return to_float(detail::cplx(x).re);
      break;
    case Form::Unknown:
    case Form::Bool:
    case Form::String:
      break;
  }
  return Value();
}

Value to_complex(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float:
      return detail::complex_value(x, make_int64(0));
    case Kind::Complex:
      return x;
    case Kind::Unknown:
    case Kind::Bool:
    case Kind::String:
      break;
  }
  return Value();
}

Value real(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float:
      return x;
    case Kind::Complex:
      return detail::cplx(x).re;
    case Kind::Unknown:
    case Kind::Bool:
    case Kind::String:
      break;
  }
  return Value();
}

Value imag(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float:
      return make_int64(0);
    case Kind::Complex:
      return detail::cplx(x).im;
    case Kind::Unknown:
    case Kind::Bool:
    case Kind::String:
      break;
  }
  return Value();
}

Exact<double> float64_val(const Value& x) {
  Binary b;
  if (!binary_of_number(x, detail::kFloat64Format.mant_bits + 2, &b)) return {0, false};
  return detail::round_to_format(b, detail::kFloat64Format);
}

Exact<float> float32_val(const Value& x) {
  Binary b;
  if (!binary_of_number(x, detail::kFloat32Format.mant_bits + 2, &b)) return {0, false};
  Exact<double> d = detail::round_to_format(b, detail::kFloat32Format);
  return {static_cast<float>(d.value), d.exact};  // d is a float32 value: no second rounding
}

}  // namespace gocxx::constant
