// This file implements Go's complex64 and complex128 (Go: cmd/compile's complex lowering and
// runtime/complex.go).
//
// Go:                          C++:
//   c := complex(1.5, -2)        gocxx::Complex128 c{1.5, -2};
//   c * d, c / d, c + d, c == d  c * d, c / d, c + d, c == d
//   real(c), imag(c)             gocxx::real(c), gocxx::imag(c)
//   complex64(c)                 gocxx::complex64_of(c)
// Multiplication computes in float64 even for complex64 (as gc does, to limit cancellation),
// with no C99 Annex G infinity recovery; division is runtime.complex128div, whose NaN results
// are corrected to infinities and zeros as C99 says. Neither ever panics.
#pragma once

#include <type_traits>

#include "gocxx/hash.h"

namespace gocxx {

struct Complex128 {
  double re = 0;
  double im = 0;
  static constexpr bool go_pointer_free = true;
};

struct Complex64 {
  float re = 0;
  float im = 0;
  static constexpr bool go_pointer_free = true;
};

namespace detail {
// Go's runtime.complex128div.
Complex128 complex128div(Complex128 n, Complex128 m);
}  // namespace detail

inline double real(Complex128 c) { return c.re; }
inline double imag(Complex128 c) { return c.im; }
inline float real(Complex64 c) { return c.re; }
inline float imag(Complex64 c) { return c.im; }

inline Complex64 complex64_of(Complex128 c) { return {float(c.re), float(c.im)}; }
inline Complex128 complex128_of(Complex64 c) { return {c.re, c.im}; }

inline Complex128 operator+(Complex128 a, Complex128 b) { return {a.re + b.re, a.im + b.im}; }
inline Complex128 operator-(Complex128 a, Complex128 b) { return {a.re - b.re, a.im - b.im}; }
inline Complex128 operator-(Complex128 a) { return {-a.re, -a.im}; }
inline Complex128 operator*(Complex128 a, Complex128 b) {
  return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}
inline Complex128 operator/(Complex128 a, Complex128 b) { return detail::complex128div(a, b); }
inline bool operator==(Complex128 a, Complex128 b) { return a.re == b.re && a.im == b.im; }

inline Complex64 operator+(Complex64 a, Complex64 b) { return {a.re + b.re, a.im + b.im}; }
inline Complex64 operator-(Complex64 a, Complex64 b) { return {a.re - b.re, a.im - b.im}; }
inline Complex64 operator-(Complex64 a) { return {-a.re, -a.im}; }
inline Complex64 operator*(Complex64 a, Complex64 b) {
  return complex64_of(complex128_of(a) * complex128_of(b));
}
inline Complex64 operator/(Complex64 a, Complex64 b) {
  return complex64_of(detail::complex128div(complex128_of(a), complex128_of(b)));
}
inline bool operator==(Complex64 a, Complex64 b) { return a.re == b.re && a.im == b.im; }

inline Complex128& operator+=(Complex128& a, Complex128 b) { return a = a + b; }
inline Complex128& operator-=(Complex128& a, Complex128 b) { return a = a - b; }
inline Complex128& operator*=(Complex128& a, Complex128 b) { return a = a * b; }
inline Complex128& operator/=(Complex128& a, Complex128 b) { return a = a / b; }
inline Complex64& operator+=(Complex64& a, Complex64 b) { return a = a + b; }
inline Complex64& operator-=(Complex64& a, Complex64 b) { return a = a - b; }
inline Complex64& operator*=(Complex64& a, Complex64 b) { return a = a * b; }
inline Complex64& operator/=(Complex64& a, Complex64 b) { return a = a / b; }

// Map keys: each part hashes as a float (so +0/-0 agree and NaN parts never match).
inline uint64_t go_hash(Complex128 c, uint64_t seed) { return hash_of(c.im, hash_of(c.re, seed)); }
inline uint64_t go_hash(Complex64 c, uint64_t seed) { return hash_of(c.im, hash_of(c.re, seed)); }

static_assert(std::is_trivially_copyable_v<Complex128> && std::is_trivially_copyable_v<Complex64>);
static_assert(Complex128{}.re == 0 && Complex64{}.im == 0);
static_assert(pointer_free_v<Complex128> && pointer_free_v<Complex64>);

}  // namespace gocxx
