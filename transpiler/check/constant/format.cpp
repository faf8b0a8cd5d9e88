// This file implements to_string and to_exact_string, reproducing
// go/constant's String and ExactString byte for byte.

#include "check/constant/format.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "base/unicode.h"
#include "check/constant/rep.h"
#include "check/constant/round.h"

namespace gocxx::constant {
namespace {

using Form = Value::Form;

// math.Ln2 / math.Ln10 as Go folds it: log10(2) rounded to float64.
constexpr double kLog10Of2 = 5422874305198591.0 / 18014398509481984.0;  // 5422874305198591p-54

// Go's fmt %.6g: six significant digits, trailing zeros dropped, exponent
// form for exponents below -4 or from 6 up ("1e+06", "1e-05"). to_chars
// with a precision is specified as printf's %.6g in the C locale, which
// agrees with Go's strconv ('g', 6), ties to even included.
std::string g6(double x) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::general, 6);
  return std::string(buf, res.ptr);
}

// big.Float's String path in go/constant (floatVal.String): x has been
// rounded to 512 bits, as Go's value would be.
std::string float_string(const detail::Binary& x) {
  Exact<double> f = detail::round_to_format(x, detail::kFloat64Format);
  bool is_zero = x.mant == 0;
  // The common case: x converts to a nonzero finite float64 (or is 0).
  if (is_zero == (f.value == 0) && !std::isinf(f.value)) return g6(f.value);
  // Out of float64's range: an approximate decimal conversion, computed as
  // Go computes it so the digits agree.
  detail::MantExp me = detail::mant_exp(x);  // 0.5 <= |m| < 1
  double m = me.mant;
  double d = static_cast<double>(me.exp) * kLog10Of2;  // decimal exponent
  auto e = static_cast<int64_t>(d);
  m *= std::pow(10.0, d - static_cast<double>(e));
  double am = std::fabs(m);
  if (am < 0.9999995) {  // 1-0.5e-6: m*10 rounds below 10 at six digits
    m *= 10;
    --e;
  } else if (am >= 10) {
    m /= 10;
    ++e;
  }
  // Appended piecewise: GCC 12 warns falsely (-Wrestrict) on chains of +.
  std::string out = g6(m);
  out += e >= 0 ? "e+" : "e";
  out += std::to_string(e);
  return out;
}

detail::Binary binary_512(const Value& x) {
  if (x.form() == Form::BigFloat) return detail::binary_of(detail::big_float(x));
  // go/constant formats a fraction after rounding it to a 512-bit float.
  detail::Binary b = detail::binary_of(detail::rat(x), static_cast<int>(detail::kFloatPrec) + 2);
  detail::round_mantissa(b, static_cast<int64_t>(detail::kFloatPrec),
                         detail::RoundMode::NearestEven);
  return b;
}

// go/constant's String of a string: quoted, cut to 72 runes.
std::string short_quote(const std::string& s) {
  constexpr size_t kMaxLen = 72;
  std::string q = base::quote_string(s);  // valid UTF-8: bad bytes are escaped
  size_t runes = 0, cut = 0;
  for (size_t i = 0; i < q.size(); ++i) {
    if ((static_cast<unsigned char>(q[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (runes == kMaxLen - 3) cut = i;
    ++runes;
  }
  if (runes > kMaxLen) {
    q.resize(cut);
    q += "...";
  }
  return q;
}

std::string mpz_text(const mpz_class& z, int base) { return z.get_str(base); }

// "(re + imi)", as go/constant prints complex values.
std::string complex_string(const std::string& re, const std::string& im) {
  std::string out = "(";
  out += re;
  out += " + ";
  out += im;
  out += "i)";
  return out;
}

// big.Float's Text('p', 0): "0x." mantissa hex digits "p" exponent, for
// x == 0.mantissa * 2**exponent with the mantissa's first bit set.
std::string p_format(detail::Binary b) {
  if (b.mant == 0) return "0";
  detail::round_mantissa(b, static_cast<int64_t>(detail::kFloatPrec),
                         detail::RoundMode::NearestEven);
  auto len = static_cast<int64_t>(mpz_sizeinbase(b.mant.get_mpz_t(), 2));
  int64_t exp = len + b.exp;
  mpz_class m = b.mant << static_cast<mp_bitcnt_t>((4 - len % 4) % 4);  // align to a hex digit
  std::string digits = mpz_text(m, 16);
  digits.erase(digits.find_last_not_of('0') + 1);
  std::string out = b.neg ? "-0x." : "0x.";
  out += digits;
  out += exp >= 0 ? "p+" : "p";
  out += std::to_string(exp);
  return out;
}

}  // namespace

std::string to_string(const Value& x) {
  switch (x.form()) {
    case Form::Unknown:
      return "unknown";
    case Form::Bool:
      return bool_val(x) ? "true" : "false";
    case Form::String:
      return short_quote(string_val(x));
    case Form::SmallInt:
      return std::to_string(detail::small_int(x));
    case Form::BigInt:
      return mpz_text(detail::big_int(x), 10);
    case Form::Rat:
    case Form::BigFloat:
      return float_string(binary_512(x));
    case Form::Complex:
      return complex_string(to_string(detail::cplx(x).re), to_string(detail::cplx(x).im));
  }
  return "unknown";
}

std::string to_exact_string(const Value& x) {
  switch (x.form()) {
    case Form::Unknown:
    case Form::Bool:
    case Form::SmallInt:
    case Form::BigInt:
      return to_string(x);
    case Form::String:
      return base::quote_string(string_val(x));
    case Form::Rat: {
      const mpq_class& q = detail::rat(x);
      std::string out = mpz_text(q.get_num(), 10);
      if (q.get_den() != 1) {
        out += '/';
        out += mpz_text(q.get_den(), 10);
      }
      return out;
    }
    case Form::BigFloat:
      return p_format(detail::binary_of(detail::big_float(x)));
    case Form::Complex:
      return complex_string(to_exact_string(detail::cplx(x).re),
                            to_exact_string(detail::cplx(x).im));
  }
  return "unknown";
}

}  // namespace gocxx::constant
