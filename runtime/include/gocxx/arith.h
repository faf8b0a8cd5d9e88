// This file implements the Go integer operations whose C++ spelling would trap or be undefined,
// and float -> integer conversions with amd64 Go's results (Go spec "Arithmetic operators",
// "Conversions between numeric types").
//
// Go:                 C++ (generated code is compiled with -fwrapv):
//   a / b, a % b        gocxx::div(a, b), gocxx::rem(a, b)  // b == 0 panics; MinInt / -1 == MinInt
//   x << n, x >> n      gocxx::shl(x, n), gocxx::shr(x, n)  // n < 0 panics; n >= width: 0 or -1
//   int32(f)            gocxx::conv<int32_t>(f)             // out of range: what amd64 Go gives
//   c1 / c2 (complex)   c1 / c2                             // see complex.h
// Shifts by a constant the checker proved in range, and division by a nonzero constant, may be
// emitted as plain C++ operators; these helpers are for the general case.
#pragma once

#include <cstdint>
#include <type_traits>

#include "gocxx/complex.h"

namespace gocxx {

[[noreturn]] void panic_divide();
[[noreturn]] void panic_shift();

template <class T>
concept GoInteger = std::is_integral_v<T> && !std::is_same_v<T, bool>;

// a / b. Both operands have the same Go type; b converts to a's (an untyped constant operand).
template <GoInteger T>
inline T div(T a, std::type_identity_t<T> b) {
  if (b == 0) [[unlikely]]
    panic_divide();
  if constexpr (std::is_signed_v<T>) {
    // MinInt / -1 overflows in C++ (and traps on x86); Go defines it as MinInt.
    if (b == -1) return static_cast<T>(-static_cast<std::make_unsigned_t<T>>(a));
  }
  return static_cast<T>(a / b);
}

// a % b; the result has the sign of a, and MinInt % -1 == 0.
template <GoInteger T>
inline T rem(T a, std::type_identity_t<T> b) {
  if (b == 0) [[unlikely]]
    panic_divide();
  if constexpr (std::is_signed_v<T>) {
    if (b == -1) return 0;
  }
  return static_cast<T>(a % b);
}

// x << n: n of any integer type; negative signed n panics, n >= width gives 0.
template <GoInteger T, GoInteger N>
inline T shl(T x, N n) {
  if constexpr (std::is_signed_v<N>) {
    if (n < 0) [[unlikely]]
      panic_shift();
  }
  using U = std::make_unsigned_t<T>;
  if (static_cast<uint64_t>(n) >= sizeof(T) * 8) return 0;
  return static_cast<T>(static_cast<U>(static_cast<U>(x) << n));
}

// x >> n: arithmetic for signed x (a huge n gives -1 for negative x, 0 otherwise).
template <GoInteger T, GoInteger N>
inline T shr(T x, N n) {
  if constexpr (std::is_signed_v<N>) {
    if (n < 0) [[unlikely]]
      panic_shift();
  }
  if (static_cast<uint64_t>(n) >= sizeof(T) * 8) {
    if constexpr (std::is_signed_v<T>)
      return x < 0 ? T(-1) : T(0);
    else
      return 0;
  }
  return static_cast<T>(x >> n);
}

namespace detail {

// CVTTSD2SQ: truncation, or INT64_MIN when the result does not fit (NaN included).
inline int64_t cvt_f64_i64(double x) {
  if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return static_cast<int64_t>(x);
  return INT64_MIN;
}

// CVTTSD2SL: truncation, or INT32_MIN when the result does not fit.
inline int32_t cvt_f64_i32(double x) {
  if (x > -2147483649.0 && x < 2147483648.0) return static_cast<int32_t>(x);
  return INT32_MIN;
}

}  // namespace detail

// Float -> integer conversion as amd64 gc compiles it (checked against go1.19 for every
// target): int64/int use CVTTSD2SQ; int32 uses CVTTSD2SL; int16/int8/uint16/uint8 go through
// the 32-bit conversion and truncate; uint32 goes through the 64-bit one and truncates; uint64,
// uint and uintptr use gc's two-step sequence
//   x < 2^63 ? int64(x) : int64(x - 2^63) | (1 << 63)
// (OR, not XOR: +Inf, NaN and values >= 2^64 all give 1 << 63). float32 operands widen exactly.
template <GoInteger To, class From>
requires std::is_floating_point_v<From>
inline To conv(From f) {
  double x = static_cast<double>(f);
  if constexpr (std::is_unsigned_v<To> && sizeof(To) == 8) {
    if (x < 9223372036854775808.0) return static_cast<To>(detail::cvt_f64_i64(x));
    return static_cast<To>(static_cast<uint64_t>(detail::cvt_f64_i64(x - 9223372036854775808.0)) |
                           (uint64_t(1) << 63));
  } else if constexpr (sizeof(To) == 8) {
    return static_cast<To>(detail::cvt_f64_i64(x));
  } else if constexpr (std::is_unsigned_v<To> && sizeof(To) == 4) {
    return static_cast<To>(detail::cvt_f64_i64(x));
  } else {
    return static_cast<To>(detail::cvt_f64_i32(x));
  }
}

}  // namespace gocxx
