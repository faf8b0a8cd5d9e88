// This file implements the private declarations for rounding exact numbers
// to IEEE float64/float32 and to a given number of mantissa bits. Every
// numeric value is first turned into a Binary (sign, integer mantissa,
// binary exponent) so there is one rounding routine to get right: nearest,
// ties to even, with gradual underflow, exactly as Go's big.Rat.Float64 and
// big.Float.Float64 round.

#ifndef GOCXX_CHECK_CONSTANT_ROUND_H_
#define GOCXX_CHECK_CONSTANT_ROUND_H_

#include <gmpxx.h>

#include <cstdint>

#include "check/constant/value.h"

namespace gocxx::constant::detail {

// An IEEE binary format: mantissa bits including the implicit one, and the
// exponent range of normal numbers (value in [2**e, 2**(e+1))).
struct BinaryFormat {
  int mant_bits;
  int64_t min_exp;
  int64_t max_exp;
};
inline constexpr BinaryFormat kFloat64Format{53, -1022, 1023};
inline constexpr BinaryFormat kFloat32Format{24, -126, 127};

// (-1)**neg * mant * 2**exp with mant >= 0; sticky means the true magnitude
// is a little above mant * 2**exp (nonzero bits were cut off below mant).
struct Binary {
  bool neg = false;
  mpz_class mant;
  int64_t exp = 0;
  bool sticky = false;
};

Binary binary_of(const mpz_class& x);
// With a mantissa of at least `bits` bits (plus sticky) for x != 0.
Binary binary_of(const mpq_class& x, int bits);
// Exact: the float's mantissa as an integer.
Binary binary_of(const mpf_class& x);

// The nearest value of the format (ties to even), ±infinity above its range,
// ±0 or a denormal below. exact is false when anything was lost.
Exact<double> round_to_format(const Binary& x, const BinaryFormat& format);

enum class RoundMode { NearestEven, ToZero, AwayFromZero };
// Rounds |mant| to at most `bits` bits, adjusting exp; clears sticky.
void round_mantissa(Binary& x, int64_t bits, RoundMode mode);

// Exact arithmetic on binary numbers, as far as rounding to `bits` bits
// can tell: x + y is exact unless one operand lies entirely below the other's
// bits + 8th bit, where it only matters as a sticky bit (so a huge exponent
// gap costs nothing); x * y is exact; x / y has bits + 2 bits and a sticky
// bit. Rounding the result to `bits` then gives the correctly rounded
// result, as big.Float's Add, Mul and Quo produce. The operands must not
// have sticky bits; y != 0 for quo.
Binary add_binary(const Binary& x, const Binary& y, int64_t bits);
Binary mul_binary(const Binary& x, const Binary& y);
Binary quo_binary(const Binary& x, const Binary& y, int64_t bits);

// x == mant * 2**exp with 0.5 <= |mant| <= 1, mant rounded to 53 bits
// (big.Float's MantExp followed by Float64). x must be nonzero.
struct MantExp {
  double mant;
  int64_t exp;
};
MantExp mant_exp(const Binary& x);

}  // namespace gocxx::constant::detail

#endif  // GOCXX_CHECK_CONSTANT_ROUND_H_
