// This file implements the public face of Value, an exact untyped Go constant
// (the equivalent of go/constant's Value), with its factories, accessors and
// numeric conversions. Operations are in ops.h, literal conversion in
// literal.h, printing in format.h and representability in represent.h.
//
// Semantics follow go/constant of Go 1.19 (read
// $GOROOT/src/go/constant/value.go), with two deliberate differences:
//   - go/constant panics on an operation undefined for its operands; here the
//     result is Unknown and the operation reports Status::Invalid (ops.h), and
//     accessors given the wrong kind return their zero value.
//   - integers are exact only up to kMaxIntBits bits; a larger result is
//     Unknown with Status::Overflow, so hostile input (1<<1e9) costs neither
//     time nor memory. types2 rejects untyped integers above 512 bits anyway.
//
// Representations mirror go/constant: an Int is an int64 or a GMP integer, a
// Float is an exact GMP rational while its numerator and denominator stay
// below 4096 bits and a 512-bit GMP float beyond that (1e100000, 1e-5000), a
// Complex is a pair of Int/Float values. Once a value is a 512-bit float, the
// results computed from it stay floats: the exactness is gone. Float results
// are computed exactly and rounded once to 512 bits, ties to even, with
// big.Float's exponent range, so they agree with Go's to the last bit.

#ifndef GOCXX_CHECK_CONSTANT_VALUE_H_
#define GOCXX_CHECK_CONSTANT_VALUE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace gocxx::constant {

// The kind of a constant value, as go/constant's Kind.
enum class Kind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

// "Unknown", "Bool", ... as go/constant's Kind.String.
std::string_view kind_name(Kind kind);

// Integers of more bits than this are not computed (the result is Unknown).
// Big enough for every literal types2 accepts (at most 10,000 characters) and
// for any operation on two 512-bit operands, small enough that one operation
// stays in the milliseconds.
inline constexpr int64_t kMaxIntBits = int64_t{1} << 20;

namespace detail {
class Str;
struct BigInt;
struct Rat;
struct BigFloat;
struct Cplx;
struct ValueAccess;
}  // namespace detail

// An exact constant: Unknown (the result of an error), a boolean, a string, or
// a number. Copying is cheap: big numbers are shared and never modified.
class Value {
 public:
  // The representation behind the kind (go/constant's int64Val, intVal,
  // ratVal, floatVal, ...); for tests and debugging output.
  enum class Form : uint8_t { Unknown, Bool, String, SmallInt, BigInt, Rat, BigFloat, Complex };

  Value() = default;  // Unknown

  Kind kind() const;
  Form form() const { return static_cast<Form>(repr_.index()); }

 private:
  friend struct detail::ValueAccess;
  // Alternatives in the order of Form (checked in value.cpp).
  using Repr =
      std::variant<std::monostate, bool, std::shared_ptr<const detail::Str>, int64_t,
                   std::shared_ptr<const detail::BigInt>, std::shared_ptr<const detail::Rat>,
                   std::shared_ptr<const detail::BigFloat>, std::shared_ptr<const detail::Cplx>>;
  explicit Value(Repr repr) : repr_(std::move(repr)) {}
  Repr repr_;
};

// A converted value and whether the conversion lost nothing.
template <typename T>
struct Exact {
  T value{};
  bool exact = false;
};

// ---- Factories (go/constant's Make*) ----

Value make_unknown();
Value make_bool(bool b);
Value make_string(std::string s);
Value make_int64(int64_t x);
Value make_uint64(uint64_t x);
// -0.0 becomes 0; infinities and NaN become Unknown.
Value make_float64(double x);
// x*i for an Int or Float x; Unknown otherwise.
Value make_imag(const Value& x);

// ---- Accessors (for a value of another kind the result is the zero value) ----

bool bool_val(const Value& x);
// The string value; valid as long as x (or a copy of it) lives.
const std::string& string_val(const Value& x);
// The int64 value of an Int and whether it is exact; {0, false} otherwise.
Exact<int64_t> int64_val(const Value& x);
Exact<uint64_t> uint64_val(const Value& x);
// The nearest float64/float32 (ties to even) of an Int or Float. Values too
// large become ±infinity, too small ±0 with the sign of x; exact is false
// then. Unknown gives {0, false}. (go1.19 wrongly says exact for some values
// that underflow and for integers above 512 bits; types2 uses only the value.)
Exact<double> float64_val(const Value& x);
Exact<float> float32_val(const Value& x);
// The number of bits of |x| for an Int; 0 otherwise.
int64_t bit_len(const Value& x);
// -1, 0 or 1 for an Int or Float; for a Complex 0 if x == 0 and nonzero
// otherwise; 1 for Unknown and non-numeric values (so that callers see no
// spurious zero divisor).
int sign(const Value& x);
// Numerator and denominator of an Int or Float (Unknown for a 512-bit float
// out of rational range, as go/constant).
Value num(const Value& x);
Value denom(const Value& x);

// ---- Numeric conversions (Unknown when x is not representable) ----

// An Int if x is integral. A 512-bit float within 4 bits of rounding of an
// integer counts as that integer (go/constant's tolerance for 1e5000/1e4999).
Value to_int(const Value& x);
Value to_float(const Value& x);
Value to_complex(const Value& x);
// The real and imaginary parts of a numeric value (imag of a real is 0).
Value real(const Value& x);
Value imag(const Value& x);

}  // namespace gocxx::constant

#endif  // GOCXX_CHECK_CONSTANT_VALUE_H_
