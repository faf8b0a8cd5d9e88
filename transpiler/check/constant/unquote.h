// This file implements the private declarations of the values of rune and
// string literals (unquote.cpp); literal.cpp dispatches to them.

#ifndef GOCXX_CHECK_CONSTANT_UNQUOTE_H_
#define GOCXX_CHECK_CONSTANT_UNQUOTE_H_

#include <string_view>

#include "check/constant/value.h"

namespace gocxx::constant::detail {

// 'x' with every Go escape, as strconv.UnquoteChar; Unknown if malformed.
Value rune_literal(std::string_view text);
// "..." with every Go escape (as strconv.Unquote) or `...` without '\r'.
Value string_literal(std::string_view text);

}  // namespace gocxx::constant::detail

#endif  // GOCXX_CHECK_CONSTANT_UNQUOTE_H_
