// This file implements the declarations of the operations on constants:
// unary and binary arithmetic, shifts and comparisons (go/constant's UnaryOp,
// BinaryOp, Shift and Compare), with the operators listed in ops.def.
//
// An operand that is Unknown makes the result Unknown (comparisons: false)
// with Status::Ok: the error behind it has been reported already. Every other
// Unknown result comes with a Status saying why, so the checker can report
// it the way types2 does:
//   Status::DivisionByZero  "invalid operation: division by zero" (types2
//                           checks sign(y) == 0 first; for complex division
//                           also re(y)*re(y) == 0 && im(y)*im(y) == 0)
//   Status::Overflow        "constant result is not representable" (a float
//                           beyond 2**2147483647, like 1e646456992 * 10), or
//                           an integer beyond kMaxIntBits (types2 reports
//                           "constant <op> overflow" at 512 bits, long before)
//   Status::Invalid         an operator undefined on the operands; types2
//                           rejects those before evaluating.
// Untyped integer results above 512 bits are valid values here; types2 then
// reports "constant <op> overflow" (see represent.h).

#ifndef GOCXX_CHECK_CONSTANT_OPS_H_
#define GOCXX_CHECK_CONSTANT_OPS_H_

#include <cstdint>
#include <string_view>
#include <utility>

#include "check/constant/value.h"

namespace gocxx::constant {

enum class UnaryOp : uint8_t {
#define GOCXX_UNARY_OP(Name, Spelling) Name,
#include "check/constant/ops.def"
};
enum class BinaryOp : uint8_t {
#define GOCXX_BINARY_OP(Name, Spelling) Name,
#include "check/constant/ops.def"
};
enum class ShiftOp : uint8_t {
#define GOCXX_SHIFT_OP(Name, Spelling) Name,
#include "check/constant/ops.def"
};
enum class CompareOp : uint8_t {
#define GOCXX_COMPARE_OP(Name, Spelling) Name,
#include "check/constant/ops.def"
};

// The Go spelling of an operator: "^", "&^", "<<", "==". IntQuo is "/".
std::string_view spelling(UnaryOp op);
std::string_view spelling(BinaryOp op);
std::string_view spelling(ShiftOp op);
std::string_view spelling(CompareOp op);

// Why an operation produced Unknown (see the file comment).
enum class Status : uint8_t { Ok, DivisionByZero, Overflow, Invalid };

// The operands in a common representation, the simpler one converted to the
// other's: Int with Float gives two Floats, anything with Complex two
// Complexes (go/constant's match). Operands of different non-numeric kinds,
// or an Unknown one, are returned unchanged.
std::pair<Value, Value> match(const Value& x, const Value& y);

// op y for + - ^ !. If prec > 0, ^ computes the complement within prec bits,
// as an unsigned type of that size needs (^uint8(1) == 254); types2 passes
// the type's size in bits for unsigned types and 0 otherwise.
Value unary_op(UnaryOp op, const Value& y, unsigned prec = 0, Status* status = nullptr);

// x op y. Int / Int is an exact Float (go/constant's token.QUO); IntQuo is
// the truncated division types2 uses when the operands have integer type.
// Division and remainder truncate toward zero: -7 / 2 == -3, -7 % 2 == -1.
// Mathematically exact: -1<<63 IntQuo -1 is 1<<63 (go1.19's go/constant
// wraps it to -1<<63; we do not copy that bug).
Value binary_op(const Value& x, BinaryOp op, const Value& y, Status* status = nullptr);

// x << s or x >> s for an Int x (arithmetic: -5 >> 1 == -3). types2 rejects
// counts above 1074 ("invalid shift count") before calling; a result above
// kMaxIntBits is Unknown with Status::Overflow.
Value shift(const Value& x, ShiftOp op, uint64_t s, Status* status = nullptr);

// x op y after match. Booleans and complex numbers compare only for (in)equality,
// strings bytewise. False if an operand is Unknown or the comparison is invalid.
bool compare(const Value& x, CompareOp op, const Value& y, Status* status = nullptr);

}  // namespace gocxx::constant

#endif  // GOCXX_CHECK_CONSTANT_OPS_H_
