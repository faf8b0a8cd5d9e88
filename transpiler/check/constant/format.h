// This file implements the declarations of the two ways Go prints constants:
// the short form diagnostics use and the exact form.
//
// How types2 (and so gc) prints a constant operand (types2/operand.go,
// operandString), all verified with go1.19 `go build`:
//   untyped: "<expr> (untyped <kind> constant[ <to_string>])"
//   typed:   "<expr> (constant[ <to_string>] of type <type>)"
// where <expr> is the source expression and the value is printed only when
// to_string differs from it:
//   300 (untyped int constant)
//   1e1000 (untyped float constant 1e+1000)
//   1 << 100 (untyped int constant 1267650600228229401496703205376)
//   c (untyped float constant 0.333333)
//   '世' (untyped rune constant 19990)
//   1i (untyped complex constant (0 + 1i))
//   c (untyped string constant "aaaa...aaaa...)   (72 runes at most)
//   c * 2 (constant 200 of type int8)
//   f * 10 (constant 1e+39 of type float32)
// An operand without source expression prints as to_string alone.

#ifndef GOCXX_CHECK_CONSTANT_FORMAT_H_
#define GOCXX_CHECK_CONSTANT_FORMAT_H_

#include <string>

#include "check/constant/value.h"

namespace gocxx::constant {

// go/constant's Value.String: a short, possibly approximate form.
//   Unknown "unknown"; Bool "true"; Int "1267650600228229401496703205376";
//   Float as Go's %.6g ("0.1", "0.333333", "1e+100", "1.79769e+308"), with
//   a hand-computed mantissa and exponent outside float64's range
//   ("1e+1000", "1e-400"); Complex "(1 + 2i)", "(0 + -1.5i)"; String quoted
//   as strconv.Quote and cut to 69 runes plus "..." when longer than 72.
std::string to_string(const Value& x);

// go/constant's Value.ExactString: Float as an exact fraction ("1/3",
// "5404319552844595/18014398509481984") or, for a 512-bit float, big.Float's
// %p form ("0x.8p+5001"); strings quoted in full; Complex "(1/2 + 3i)".
std::string to_exact_string(const Value& x);

}  // namespace gocxx::constant

#endif  // GOCXX_CHECK_CONSTANT_FORMAT_H_
