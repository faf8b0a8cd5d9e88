// This file implements the private representations behind Value and the
// constructors that choose the representation of a result, as go/constant's
// makeInt, makeRat and makeFloat do. Only this library includes it.

#ifndef GOCXX_CHECK_CONSTANT_REP_H_
#define GOCXX_CHECK_CONSTANT_REP_H_

#include <gmpxx.h>

#include <climits>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "check/constant/round.h"
#include "check/constant/value.h"

namespace gocxx::constant::detail {

// go/constant's precision of floats ("the spec requires at least 256 bits").
inline constexpr mp_bitcnt_t kFloatPrec = 512;
// go/constant's maxExp: a rational whose numerator or denominator reaches this
// many bits becomes a float, keeping exact arithmetic cheap.
inline constexpr int64_t kMaxRatBits = 4096;
// big.Float's exponent range (MaxExp, MinExp): beyond it a float overflows
// to infinity (Unknown for us) or underflows to zero.
inline constexpr int64_t kMaxFloatExp = INT32_MAX;
inline constexpr int64_t kMinFloatExp = INT32_MIN;

// mpz and mpf interfaces take long exponents; we rely on them being 64-bit.
static_assert(sizeof(long) == 8, "gocxx_constant assumes an LP64 target");

struct BigInt {
  mpz_class v;  // never fits in int64
};
struct Rat {
  mpq_class v;  // canonical; numerator and denominator below kMaxRatBits (except literals)
};
struct BigFloat {
  mpf_class v;  // precision kFloatPrec; exponent within [kMinFloatExp, kMaxFloatExp]
};
struct Cplx {
  Value re, im;  // Int or Float
};

// A string constant. Concatenation builds a node over its two operands and
// the text is assembled once, on first use: a chain a + b + c + ... of n
// pieces costs O(total length), not O(n * total length) (Go issue 23348).
class Str {
 public:
  explicit Str(std::string text) : size_(text.size()), text_(std::move(text)) {}
  Str(std::shared_ptr<const Str> left, std::shared_ptr<const Str> right)
      : size_(left->size_ + right->size_), left_(std::move(left)), right_(std::move(right)) {}
  Str(const Str&) = delete;
  Str& operator=(const Str&) = delete;
  ~Str();

  std::size_t size() const { return size_; }
  // The whole text; assembled under a lock on first use.
  const std::string& text() const;

 private:
  std::size_t size_;
  mutable std::string text_;                         // valid when left_ is null
  mutable std::shared_ptr<const Str> left_, right_;  // released once assembled
};

struct ValueAccess {
  using Repr = Value::Repr;
  static const Value::Repr& repr(const Value& v) { return v.repr_; }
  static Value make(Value::Repr repr) { return Value(std::move(repr)); }
};

// Typed views of a value; the form must match.
inline int64_t small_int(const Value& v) { return std::get<int64_t>(ValueAccess::repr(v)); }
inline const mpz_class& big_int(const Value& v) {
  return std::get<std::shared_ptr<const BigInt>>(ValueAccess::repr(v))->v;
}
inline const mpq_class& rat(const Value& v) {
  return std::get<std::shared_ptr<const Rat>>(ValueAccess::repr(v))->v;
}
inline const mpf_class& big_float(const Value& v) {
  return std::get<std::shared_ptr<const BigFloat>>(ValueAccess::repr(v))->v;
}
inline const Cplx& cplx(const Value& v) {
  return *std::get<std::shared_ptr<const Cplx>>(ValueAccess::repr(v));
}
inline const Str& str(const Value& v) {
  return *std::get<std::shared_ptr<const Str>>(ValueAccess::repr(v));
}

// Results in their smallest exact representation:
// an int64 when it fits; Unknown beyond kMaxIntBits.
Value int_value(const mpz_class& x);
// a rational while both parts are below kMaxRatBits bits, else a float.
Value rat_value(const mpq_class& x);
// a rational, kept as given (literals may exceed kMaxRatBits, as in Go).
Value literal_rat_value(const mpq_class& x);
// a float; 0 below 2**kMinFloatExp, Unknown above 2**kMaxFloatExp.
Value float_value(const mpf_class& x);
// a complex number; Unknown if a part is.
Value complex_value(const Value& re, const Value& im);
// x + y for strings.
Value concat(const Value& x, const Value& y);

// A float 0 of precision kFloatPrec.
mpf_class new_float();
// The float of precision kFloatPrec nearest to b (ties to even), as big.Float's
// SetInt and SetRat round. Not range-checked (see float_value).
mpf_class float_of(Binary b);
// x == m * 2**exp with 0.5 <= |m| < 1 (big.Float's MantExp); 0 for x == 0.
int64_t float_exp(const mpf_class& x);
// go/constant's smallFloat: the exponent is within (-kMaxRatBits, kMaxRatBits).
bool small_float(const mpf_class& x);
// go/constant's smallInt: fewer than kMaxRatBits bits.
bool small_int_bits(const mpz_class& x);

// The value of an Int / an Int or Rat / an Int, Rat or BigFloat in a wider
// representation (go/constant's i64toi, itor, rtof, ...).
mpz_class as_mpz(const Value& x);
mpq_class as_mpq(const Value& x);
mpf_class as_mpf(const Value& x);

}  // namespace gocxx::constant::detail

#endif  // GOCXX_CHECK_CONSTANT_REP_H_
