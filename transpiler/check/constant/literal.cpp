// This file implements make_from_literal: integer, floating-point and
// imaginary literals are checked against the Go spec's grammar (with its '_'
// separators) and converted exactly; rune and string literals are in
// unquote.cpp.
//
// A float literal becomes an exact rational when its binary exponent is
// within ±4096, as go/constant decides; beyond that a 512-bit float computed
// with big.Float's own steps (so the bits agree with Go's), in a fixed number
// of operations however large the exponent: 1e1000000000 costs microseconds
// (and is Unknown, as in Go).

#include "check/constant/literal.h"

#include <algorithm>
#include <string>

#include "check/constant/rep.h"
#include "check/constant/unquote.h"

namespace gocxx::constant {
namespace {

// Exponents are read saturating here: anything larger is out of every range.
constexpr int64_t kExpCap = int64_t{1} << 50;
// Floats beyond the rational range have go/constant's 512 bits.
constexpr auto kBits = static_cast<int64_t>(detail::kFloatPrec);

int64_t bit_length(const mpz_class& m) {
  return static_cast<int64_t>(mpz_sizeinbase(m.get_mpz_t(), 2));
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// A literal being read left to right.
struct Reader {
  std::string_view s;
  size_t i = 0;

  bool done() const { return i == s.size(); }
  char peek() const { return i < s.size() ? s[i] : '\0'; }
  bool accept(char a, char b = '\0') {
    if (i < s.size() && (s[i] == a || (b != '\0' && s[i] == b))) {
      ++i;
      return true;
    }
    return false;
  }

  // Reads digits of `base` with '_' separators between digits (or, if
  // after_prefix, also right after a base prefix), appending them to out.
  // Returns the number of digits, or -1 for a misplaced '_'.
  int64_t digits(int base, bool after_prefix, std::string* out) {
    int64_t n = 0;
    bool sep_ok = after_prefix;
    for (; i < s.size(); ++i) {
      char c = s[i];
      if (c == '_') {
        if (!sep_ok || i + 1 >= s.size() || digit_value(s[i + 1]) >= base) return -1;
        sep_ok = false;
        continue;
      }
      if (digit_value(c) >= base) break;
      if (out) *out += c;
      ++n;
      sep_ok = true;
    }
    return n;
  }

  // [+-] decimal digits, saturating at ±kExpCap; false if malformed.
  bool exponent(int64_t* exp) {
    bool neg = accept('-');
    if (!neg) accept('+');
    std::string text;
    if (digits(10, false, &text) <= 0) return false;
    int64_t v = 0;
    for (char c : text) v = std::min(kExpCap, v * 10 + (c - '0'));
    *exp = neg ? -v : v;
    return true;
  }
};

// 0x, 0b or 0o (either case): the base, else 0.
int prefix_base(std::string_view s) {
  if (s.size() < 2 || s[0] != '0') return 0;
  switch (s[1]) {
    case 'x':
    case 'X':
      return 16;
    case 'b':
    case 'B':
      return 2;
    case 'o':
    case 'O':
      return 8;
    default:
      return 0;
  }
}

mpz_class parse_mpz(const std::string& digits, int base) {
  mpz_class z;
  mpz_set_str(z.get_mpz_t(), digits.c_str(), base);
  return z;
}

// int_lit: decimal, 0x/0b/0o prefixed, or legacy octal with a leading 0.
Value int_literal(std::string_view text) {
  Reader r{text};
  int base = prefix_base(text);
  bool prefixed = base != 0;
  if (prefixed) {
    r.i = 2;
  } else if (text.size() > 1 && text[0] == '0') {
    base = 8, prefixed = true, r.i = 1;  // legacy octal: 0777, 0_7
  } else {
    base = 10;
  }
  std::string digits;
  if (r.digits(base, prefixed, &digits) <= 0 || !r.done()) return Value();
  return detail::int_value(parse_mpz(digits, base));
}

// The exponent e of n/d > 0 with n/d in [2**(e-1), 2**e) (big.Float's MantExp).
int64_t rat_exp(const mpz_class& n, const mpz_class& d) {
  int64_t e = bit_length(n) - bit_length(d);
  mpz_class a = n, b = d;  // compare n with d * 2**e
  if (e >= 0)
    b <<= static_cast<mp_bitcnt_t>(e);
  else
    a <<= static_cast<mp_bitcnt_t>(-e);
  return a >= b ? e + 1 : e;
}

bool small_exp(int64_t e) { return -detail::kMaxRatBits < e && e < detail::kMaxRatBits; }

// 5**n as big.Float's pow5 computes it for SetString: exact up to 5**27,
// then by repeated squaring with the result rounded to 576 bits and the
// squares to 640 bits at each step (30 steps for any int32 exponent).
detail::Binary pow5(uint64_t n) {
  constexpr uint64_t kExact = 27;  // 5**27 is the largest power in a uint64
  mpz_class z;
  mpz_ui_pow_ui(z.get_mpz_t(), 5, std::min(n, kExact));
  detail::Binary r = detail::binary_of(z);
  if (n <= kExact) return r;
  n -= kExact;
  detail::Binary f = detail::binary_of(mpz_class(5));
  for (; n > 0; n >>= 1) {
    if (n & 1) {
      r = detail::mul_binary(r, f);
      detail::round_mantissa(r, kBits + 64, detail::RoundMode::NearestEven);
    }
    f = detail::mul_binary(f, f);
    detail::round_mantissa(f, kBits + 128, detail::RoundMode::NearestEven);
  }
  return r;
}

// big.Float's SetString fails ("exponent overflow") unless the mantissa's
// bit length plus the literal's binary or decimal exponent is in its range.
bool scan_exp_ok(const mpz_class& m, int64_t exp) {
  int64_t e = bit_length(m) + exp;
  return detail::kMinFloatExp <= e && e <= detail::kMaxFloatExp;
}

// m * 10**e10 for a decimal literal, m > 0.
Value decimal_value(const mpz_class& m, int64_t e10) {
  if (!scan_exp_ok(m, e10)) return Value();
  // The value is about 2**(bits(m) + 3.32*e10); compute exactly only near
  // the rational range, where the powers of ten stay small.
  double approx =
      static_cast<double>(bit_length(m)) + 3.3219280948873623 * static_cast<double>(e10);
  if (approx > -detail::kMaxRatBits - 64 && approx < detail::kMaxRatBits + 64) {
    mpz_class p;
    mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(e10 < 0 ? -e10 : e10));
    mpq_class q = e10 >= 0 ? mpq_class(m * p) : mpq_class(m, p);
    q.canonicalize();
    if (small_exp(rat_exp(q.get_num(), q.get_den()))) return detail::literal_rat_value(q);
  }
  // m * 10**e10 == m * 5**e10 * 2**e10 rounded to 512 bits once, as
  // big.Float's SetString computes it, so that the bits agree with Go's.
  uint64_t n = static_cast<uint64_t>(e10 < 0 ? -e10 : e10);
  detail::Binary b = detail::binary_of(m), p = pow5(n);
  b = e10 >= 0 ? detail::mul_binary(b, p) : detail::quo_binary(b, p, kBits);
  b.exp += e10;
  detail::round_mantissa(b, kBits, detail::RoundMode::NearestEven);
  // Underflow gives 0, which go/constant makes the fraction 0 (Go issue
  // 20228); overflow gives Unknown (float_value).
  if (b.mant == 0 || bit_length(b.mant) + b.exp < detail::kMinFloatExp) {
    return detail::literal_rat_value(mpq_class(0));
  }
  return detail::float_value(detail::float_of(b));
}

// m * 2**e2 for a hexadecimal literal, m > 0.
Value binary_value(const mpz_class& m, int64_t e2) {
  if (!scan_exp_ok(m, e2)) return Value();
  if (small_exp(bit_length(m) + e2)) {
    mpq_class q(m);
    if (e2 >= 0)
      q.get_num() <<= static_cast<mp_bitcnt_t>(e2);
    else
      q.get_den() <<= static_cast<mp_bitcnt_t>(-e2);
    q.canonicalize();
    return detail::literal_rat_value(q);
  }
  detail::Binary b = detail::binary_of(m);
  b.exp = e2;
  return detail::float_value(detail::float_of(b));
}

// float_lit (and, for imaginary literals, decimal_digits and int_lit).
Value float_literal(std::string_view text, bool imaginary) {
  Reader r{text};
  int base = prefix_base(text);
  if (base == 2 || base == 8) {  // only as imaginary 0b101i, 0o17i
    if (!imaginary) return Value();
    r.i = 2;
    std::string digits;
    if (r.digits(base, true, &digits) <= 0 || !r.done()) return Value();
    return detail::literal_rat_value(mpq_class(parse_mpz(digits, base)));
  }
  std::string digits;
  int64_t frac = 0, exp = 0;
  bool hex = base == 16;
  if (hex) r.i = 2;
  int digit_base = hex ? 16 : 10;
  int64_t n = r.digits(digit_base, hex, &digits);
  if (n < 0) return Value();
  if (r.accept('.')) {
    frac = r.digits(digit_base, false, &digits);
    if (frac < 0) return Value();
  }
  if (n + frac == 0) return Value();
  bool has_exp = hex ? r.accept('p', 'P') : r.accept('e', 'E');
  if (has_exp && !r.exponent(&exp)) return Value();
  if (!r.done()) return Value();
  // A hex mantissa needs a 'p' exponent, unless it is an imaginary 0x10i.
  if (hex && !has_exp && (!imaginary || frac > 0 || r.s.find('.') != std::string_view::npos)) {
    return Value();
  }
  mpz_class m = parse_mpz(digits, digit_base);
  if (m == 0) return detail::literal_rat_value(mpq_class(0));
  return hex ? binary_value(m, exp - 4 * frac) : decimal_value(m, exp - frac);
}

}  // namespace

Value make_from_literal(std::string_view text, LiteralKind kind) {
  switch (kind) {
    case LiteralKind::Int:
      return int_literal(text);
    case LiteralKind::Float:
      return float_literal(text, false);
    case LiteralKind::Imag: {
      if (text.empty() || text.back() != 'i') return Value();
      Value im = float_literal(text.substr(0, text.size() - 1), true);
      return im.kind() == Kind::Unknown ? im : make_imag(im);
    }
    case LiteralKind::Rune:
      return detail::rune_literal(text);
    case LiteralKind::String:
      return detail::string_literal(text);
  }
  return Value();
}

}  // namespace gocxx::constant
