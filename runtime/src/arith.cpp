// This file implements the out-of-line parts of arith.h and complex.h: complex division with
// Go's runtime.complex128div rules (Smith's algorithm, then C99 G.5.1's recovery of infinities
// and zeros when both parts came out NaN).
#include "gocxx/arith.h"

#include <cmath>

namespace gocxx::detail {

namespace {

// A signed 1 if f is infinite, a signed 0 otherwise (the sign is f's).
double inf2one(double f) { return std::copysign(std::isinf(f) ? 1.0 : 0.0, f); }

}  // namespace

Complex128 complex128div(Complex128 n, Complex128 m) {
  double e, f;
  // Smith's algorithm scales by the larger part of the divisor to avoid overflow.
  if (std::fabs(m.re) >= std::fabs(m.im)) {
    double ratio = m.im / m.re;
    double denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    double ratio = m.re / m.im;
    double denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    double a = n.re, b = n.im, c = m.re, d = m.im;
    const double inf = INFINITY;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf, c) * a;
      f = std::copysign(inf, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = inf * (a * c + b * d);
      f = inf * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return {e, f};
}

}  // namespace gocxx::detail
