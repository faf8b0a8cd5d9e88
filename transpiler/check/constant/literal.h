// This file implements the declaration of make_from_literal, the conversion
// of a literal's source text to its exact value (go/constant's
// MakeFromLiteral).

#ifndef GOCXX_CHECK_CONSTANT_LITERAL_H_
#define GOCXX_CHECK_CONSTANT_LITERAL_H_

#include <cstdint>
#include <string_view>

#include "check/constant/value.h"

namespace gocxx::constant {

enum class LiteralKind : uint8_t { Int, Float, Imag, Rune, String };

// The value of a Go literal, given exactly as written in the source:
//   Int     42  0x_Ff  0o17  017  0b1010  1_000
//   Float   1.5  .5e-3  1e100000  0x1.8p3  0x.8p-2
//   Imag    1.5i  0x10i  0777i (decimal: 777i, for backward compatibility)
//   Rune    'a'  '\n'  '\x41'  '\101'  '\u00e9'  '\U0001F600'
//   String  "a\tb\xff"  `raw` (carriage returns removed)
// Text that is not a well-formed literal of that kind gives Unknown (the
// scanner has reported it). go/constant is laxer on some malformed text
// ("-5", "0x1.8" without exponent, 'ab'); well-formed text gives the same
// values. Like go/constant, invalid UTF-8 in a quoted string or rune becomes
// U+FFFD, and a float literal beyond 2**2147483647 (1e646456993) is Unknown
// while one below 2**-2147483648 is 0; types2 reports an Unknown literal as
// "malformed constant: <text>".
Value make_from_literal(std::string_view text, LiteralKind kind);

}  // namespace gocxx::constant

#endif  // GOCXX_CHECK_CONSTANT_LITERAL_H_
