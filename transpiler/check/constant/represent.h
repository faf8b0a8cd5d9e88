// This file implements the declarations of representability: whether a
// constant fits a basic type, its value in that type (floats rounded), and
// why not when it does not (types2's representableConst, representation and
// roundFloat32/64 in types2/expr.go).
//
// Why not is decided by the operand's type and the target, never by the value
// (types2 representation()): both numeric and the operand not an integer
// while the target is one -> Truncated; both numeric otherwise -> Overflows;
// anything else -> NotConvertible. So 1e3 (untyped float) as byte is
// "truncated" and 1i as float64 "overflows".
//
// gc's messages (go1.19 `go build`, each verified; byte/rune are printed as
// written in the source, operands as described in format.h):
//
// Assignment of an untyped constant (types2 assignment(); context is
// "variable declaration", "constant declaration", "assignment", ...):
//   cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
//   cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
//   cannot use 1e1000 (untyped float constant 1e+1000) as float64 value in constant declaration
//   (overflows) cannot use 1i (untyped complex constant (0 + 1i)) as float64 value in variable
//   declaration (overflows) cannot use 1 (untyped int constant) as string value in variable
//   declaration
// Typed constant after an operation, or an untyped operand converted to the
// other operand's type (types2 invalidConversion()):
//   c * 2 (constant 200 of type int8) overflows int8
//   f * 10 (constant 1e+39 of type float32) overflows float32
//   1.5 (untyped float constant) truncated to int
// Explicit conversion T(x) (types2 conversion(); no reason given):
//   cannot convert 200 (untyped int constant) to type int8
//   cannot convert 1e100 (untyped float constant 1e+100) to type float32
// Untyped integer above kUntypedIntBits after an operation (types2
// overflow(), at the operator; the operation name is addition, subtraction,
// multiplication, shift, bitwise XOR or bitwise complement):
//   constant shift overflow
//   constant multiplication overflow
// Other constant errors:
//   constant result is not representable        (an operation gave Unknown)
//   malformed constant: 1e1000000000            (make_from_literal gave Unknown)
//   excessively long constant: 1000000000... (10002 chars)   (numeric literal
//                                                above 10000 characters, checked first)
//   invalid operation: division by zero
//   invalid operation: invalid shift count 2000 (untyped int constant)   (count > 1074)
//   invalid operation: negative shift count -1 (untyped int constant)

#ifndef GOCXX_CHECK_CONSTANT_REPRESENT_H_
#define GOCXX_CHECK_CONSTANT_REPRESENT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check/constant/value.h"

namespace gocxx::constant {

enum class BasicKind : uint8_t {
#define GOCXX_BASIC_KIND(Name, GoName, Class, Bits) Name,
#include "check/constant/basic_kind.def"
};

// "int8", "untyped float", ... as gc prints the type.
std::string_view go_name(BasicKind kind);
bool is_untyped(BasicKind kind);
bool is_integer(BasicKind kind);  // the int and uint kinds, untyped int and rune
bool is_numeric(BasicKind kind);  // integers, floats and complex numbers

// types2's limit on untyped integer constants (see the file comment).
inline constexpr int64_t kUntypedIntBits = 512;
// types2's limit on constant shift counts ("invalid shift count").
inline constexpr uint64_t kMaxShiftCount = 1023 - 1 + 52;
// types2's limit on the length of numeric literals ("excessively long constant").
inline constexpr std::size_t kMaxNumericLiteralLength = 10000;

// Whether x is an Int of more than kUntypedIntBits bits.
bool untyped_int_overflows(const Value& x);

// Whether x is representable as a value of target, on a target whose int,
// uint and uintptr have word_bits bits. If so and rounded is not null,
// *rounded is x's value in target: an Int for integer targets, x rounded to
// the nearest float32/float64 (a Float) or complex64/complex128, x itself
// otherwise. An Unknown x is representable (its error was reported). A float
// that rounds to infinity is not representable; one that rounds to 0 is.
bool representable(const Value& x, BasicKind target, Value* rounded = nullptr, int word_bits = 64);

enum class Failure : uint8_t { None, Truncated, Overflows, NotConvertible };

struct Representation {
  Value value;  // x's value in the target when failure == None; Unknown otherwise
  Failure failure = Failure::None;
  bool ok() const { return failure == Failure::None; }
};

// representable() plus the reason gc gives when x, a constant of type
// operand, does not fit target (types2's representation()).
Representation represent(const Value& x, BasicKind operand, BasicKind target, int word_bits = 64);

// x rounded to the nearest float32 / float64, as a Float; Unknown when it
// rounds to infinity (types2's roundFloat32/roundFloat64).
Value round_float32(const Value& x);
Value round_float64(const Value& x);

}  // namespace gocxx::constant

#endif  // GOCXX_CHECK_CONSTANT_REPRESENT_H_
