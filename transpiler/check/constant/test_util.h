// This file implements helpers shared by the constant tests: values written
// as "kind:literal" the way the Go programs that produced the expectations
// wrote them (i int, f float, c imaginary, r rune, s string, b bool, u
// unknown), plus "n:X" for -X and "z:X|Y", "q:X|Y", "m:X|Y" for X+Y, X/Y, X*Y.

#ifndef GOCXX_CHECK_CONSTANT_TEST_UTIL_H_
#define GOCXX_CHECK_CONSTANT_TEST_UTIL_H_

#include <cstdlib>
#include <string_view>

#include "check/constant/literal.h"
#include "check/constant/ops.h"
#include "check/constant/value.h"

namespace gocxx::constant::testing {

inline Value V(std::string_view spec) {
  std::string_view text = spec.substr(2);
  size_t bar = text.find('|');
  switch (spec[0]) {
    case 'n':
      return unary_op(UnaryOp::Minus, V(text));
    case 'z':
      return binary_op(V(text.substr(0, bar)), BinaryOp::Add, V(text.substr(bar + 1)));
    case 'q':
      return binary_op(V(text.substr(0, bar)), BinaryOp::Quo, V(text.substr(bar + 1)));
    case 'm':
      return binary_op(V(text.substr(0, bar)), BinaryOp::Mul, V(text.substr(bar + 1)));
    case 'i':
      return make_from_literal(text, LiteralKind::Int);
    case 'f':
      return make_from_literal(text, LiteralKind::Float);
    case 'c':
      return make_from_literal(text, LiteralKind::Imag);
    case 'r':
      return make_from_literal(text, LiteralKind::Rune);
    case 's':
      return make_from_literal(text, LiteralKind::String);
    case 'b':
      return make_bool(text == "true");
    case 'u':
      return make_unknown();
    default:
      std::abort();
  }
}

}  // namespace gocxx::constant::testing

#endif  // GOCXX_CHECK_CONSTANT_TEST_UTIL_H_
