// This file implements rounding of exact numbers to IEEE formats and to a
// number of mantissa bits (see round.h).

#include "check/constant/round.h"

#include <algorithm>
#include <cmath>

namespace gocxx::constant::detail {
namespace {

int64_t bit_length(const mpz_class& m) {
  return m == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(m.get_mpz_t(), 2));
}

// Whether m has a set bit below bit `k` (k may exceed m's length).
bool has_bits_below(const mpz_class& m, int64_t k) {
  if (k <= 0 || m == 0) return false;
  return static_cast<int64_t>(mpz_scan1(m.get_mpz_t(), 0)) < k;
}

}  // namespace

Binary binary_of(const mpz_class& x) {
  Binary b;
  b.neg = x < 0;
  b.mant = abs(x);
  return b;
}

Binary binary_of(const mpq_class& x, int bits) {
  Binary b;
  b.neg = x < 0;
  if (x == 0) return b;
  mpz_class n = abs(x.get_num());
  const mpz_class& d = x.get_den();
  // Scale so that the quotient has at least bits+2 bits: enough for a round
  // bit, with the remainder as sticky bit.
  int64_t s = bits + 2 - (bit_length(n) - bit_length(d));
  mpz_class r;
  if (s >= 0) {
    mpz_mul_2exp(n.get_mpz_t(), n.get_mpz_t(), static_cast<mp_bitcnt_t>(s));
    mpz_tdiv_qr(b.mant.get_mpz_t(), r.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
  } else {
    mpz_class den;
    mpz_mul_2exp(den.get_mpz_t(), d.get_mpz_t(), static_cast<mp_bitcnt_t>(-s));
    mpz_tdiv_qr(b.mant.get_mpz_t(), r.get_mpz_t(), n.get_mpz_t(), den.get_mpz_t());
  }
  b.exp = -s;
  b.sticky = r != 0;
  return b;
}

Binary binary_of(const mpf_class& x) {
  Binary b;
  b.neg = sgn(x) < 0;
  if (sgn(x) == 0) return b;
  long e = 0;
  mpf_get_d_2exp(&e, x.get_mpf_t());  // |x| = d * 2**e, 0.5 <= d < 1
  // The mantissa holds at most precision + 2 limbs of bits; scaling |x| into
  // [2**(p-1), 2**p) makes it an integer, converted without loss. The
  // temporary is wider still so that the shift itself drops nothing.
  const auto p = static_cast<int64_t>(mpf_get_prec(x.get_mpf_t()) + 3 * GMP_NUMB_BITS);
  mpf_class t(0, static_cast<mp_bitcnt_t>(p + 2 * GMP_NUMB_BITS));
  mpf_abs(t.get_mpf_t(), x.get_mpf_t());
  int64_t shift = p - e;
  if (shift >= 0) {
    mpf_mul_2exp(t.get_mpf_t(), t.get_mpf_t(), static_cast<mp_bitcnt_t>(shift));
  } else {
    mpf_div_2exp(t.get_mpf_t(), t.get_mpf_t(), static_cast<mp_bitcnt_t>(-shift));
  }
  mpz_set_f(b.mant.get_mpz_t(), t.get_mpf_t());
  b.exp = e - p;
  // Drop trailing zero bits so the mantissa is as short as the value.
  auto zeros = mpz_scan1(b.mant.get_mpz_t(), 0);
  mpz_fdiv_q_2exp(b.mant.get_mpz_t(), b.mant.get_mpz_t(), zeros);
  b.exp += static_cast<int64_t>(zeros);
  return b;
}

void round_mantissa(Binary& x, int64_t bits, RoundMode mode) {
  int64_t len = bit_length(x.mant);
  if (len <= bits) {
    if (x.sticky && mode == RoundMode::AwayFromZero) {
      // The cut-off part lies below the last kept bit of a shorter mantissa;
      // widen it to `bits` bits and bump the last one.
      mpz_mul_2exp(x.mant.get_mpz_t(), x.mant.get_mpz_t(), static_cast<mp_bitcnt_t>(bits - len));
      x.exp -= bits - len;
      x.mant += 1;
    }
    x.sticky = false;
    return;
  }
  int64_t k = len - bits;  // bits to drop
  bool half = mpz_tstbit(x.mant.get_mpz_t(), static_cast<mp_bitcnt_t>(k - 1)) != 0;
  bool below = x.sticky || has_bits_below(x.mant, k - 1);
  mpz_fdiv_q_2exp(x.mant.get_mpz_t(), x.mant.get_mpz_t(), static_cast<mp_bitcnt_t>(k));
  x.exp += k;
  x.sticky = false;
  bool up = false;
  switch (mode) {
    case RoundMode::NearestEven:
      up = half && (below || mpz_odd_p(x.mant.get_mpz_t()));
      break;
    case RoundMode::ToZero:
      break;
    case RoundMode::AwayFromZero:
      up = half || below;
      break;
  }
  if (up) {
    x.mant += 1;
    if (bits > 0 && bit_length(x.mant) > bits) {  // carried into a new bit: 2**bits
      mpz_fdiv_q_2exp(x.mant.get_mpz_t(), x.mant.get_mpz_t(), 1);
      x.exp += 1;
    }
  }
}

Exact<double> round_to_format(const Binary& x, const BinaryFormat& format) {
  const double sign = x.neg ? -1.0 : 1.0;
  if (x.mant == 0) return {sign * 0.0, !x.sticky};
  int64_t len = bit_length(x.mant);
  int64_t top = len - 1 + x.exp;  // |x| in [2**top, 2**(top+1))
  if (top > format.max_exp) return {sign * HUGE_VAL, false};
  // The exponent of the last mantissa bit the format keeps; fixed at the
  // denormal scale below the normal range (gradual underflow).
  int64_t ulp = std::max(top, format.min_exp) - (format.mant_bits - 1);
  Binary r = x;
  if (x.exp < ulp) {
    int64_t k = ulp - x.exp;
    if (k > len) {
      // |x| < 2**(len+exp) <= 2**(ulp-1): below half the smallest step.
      return {sign * 0.0, false};
    }
    round_mantissa(r, len - k, RoundMode::NearestEven);
    // round_mantissa keeps len-k bits, so r.exp is ulp (or ulp+1 on a carry).
  }
  bool exact = !x.sticky && (x.exp >= ulp || (!has_bits_below(x.mant, ulp - x.exp)));
  if (r.mant == 0) return {sign * 0.0, false};
  if (bit_length(r.mant) - 1 + r.exp > format.max_exp) return {sign * HUGE_VAL, false};
  // r.mant has at most mant_bits bits, so the conversion and scaling are exact.
  double d = std::ldexp(r.mant.get_d(), static_cast<int>(r.exp));
  return {sign * d, exact};
}

Binary add_binary(const Binary& x, const Binary& y, int64_t bits) {
  if (y.mant == 0) return x;
  if (x.mant == 0) return y;
  // Order by magnitude of the top bit: |a| has the higher one.
  bool x_top = bit_length(x.mant) + x.exp >= bit_length(y.mant) + y.exp;
  const Binary& a = x_top ? x : y;
  Binary b = x_top ? y : x;
  // Every midpoint between `bits`-bit numbers near a is at least
  // 2**(top(a) - bits - 2) away from a, so a nonzero b below 2**floor only
  // decides the direction: replace it by one unit at floor - 1.
  int64_t floor = bit_length(a.mant) + a.exp - bits - 8;
  if (bit_length(b.mant) + b.exp < floor) {
    b.mant = 1;
    b.exp = floor - 1;
  }
  // Align both mantissas to the lower exponent and add with signs.
  int64_t e = std::min(a.exp, b.exp);
  mpz_class ma = a.mant << static_cast<mp_bitcnt_t>(a.exp - e);
  mpz_class mb = b.mant << static_cast<mp_bitcnt_t>(b.exp - e);
  if (a.neg) ma = -ma;
  if (b.neg) mb = -mb;
  Binary r = binary_of(mpz_class(ma + mb));
  r.exp = e;
  return r;
}

Binary mul_binary(const Binary& x, const Binary& y) {
  Binary r;
  r.neg = x.neg != y.neg;
  r.mant = x.mant * y.mant;
  r.exp = x.exp + y.exp;
  return r;
}

Binary quo_binary(const Binary& x, const Binary& y, int64_t bits) {
  Binary r;
  r.neg = x.neg != y.neg;
  if (x.mant == 0) return r;
  // Shift the dividend so that the quotient has at least bits + 2 bits.
  int64_t k = std::max<int64_t>(0, bits + 2 + bit_length(y.mant) - bit_length(x.mant));
  mpz_class n = x.mant << static_cast<mp_bitcnt_t>(k), rem;
  mpz_tdiv_qr(r.mant.get_mpz_t(), rem.get_mpz_t(), n.get_mpz_t(), y.mant.get_mpz_t());
  r.exp = x.exp - y.exp - k;
  r.sticky = rem != 0;
  return r;
}

MantExp mant_exp(const Binary& x) {
  Binary m = x;
  int64_t len = bit_length(m.mant);
  round_mantissa(m, 53, RoundMode::NearestEven);
  // m.mant * 2**m.exp == x rounded; divide by 2**(len + x.exp) for [0.5, 1].
  double mant = std::ldexp(m.mant.get_d(), static_cast<int>(m.exp - (x.exp + len)));
  return {x.neg ? -mant : mant, len + x.exp};
}

}  // namespace gocxx::constant::detail
