// This file implements package math's externs (runtime/std/math/unsafe.go, fma.go,
// arch_amd64.go): float bit casts, the fused multiply-add, and the operations Go runs in
// assembly on amd64 whose <cmath> results are exact (Floor, Ceil, Trunc, Sqrt), plus the CPU
// feature test that picks Go's FMA path in archExp.
#pragma once

#include <cmath>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace go::math {

inline uint32_t Float32bits(float f) {
  uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline float Float32frombits(uint32_t b) {
  float f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}
inline uint64_t Float64bits(double f) {
  uint64_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline double Float64frombits(uint64_t b) {
  double f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

// One rounding, as Go's FMA (std::fma is exact whether or not the CPU has the instruction).
inline double FMA(double x, double y, double z) { return std::fma(x, y, z); }

inline double archFloor(double x) { return std::floor(x); }
inline double archCeil(double x) { return std::ceil(x); }
inline double archTrunc(double x) { return std::trunc(x); }
// The SQRTSD instruction itself (Go's SQRTSD): std::sqrt keeps C's errno contract, a call to
// libm for negative inputs, and around that possible call GCC spills every live float of the
// caller to the stack (n-body's inner loop: 1.24x Go's CPU time from those reloads).
// Negative and NaN inputs give NaN, as in Go.
inline double archSqrt(double x) {
#if defined(__SSE2__)
  return _mm_cvtsd_f64(_mm_sqrt_sd(_mm_set_sd(x), _mm_set_sd(x)));
#else
  return std::sqrt(x);
#endif
}

// Go's cpu.X86.HasAVX && cpu.X86.HasFMA (AVX also needs the OS to save YMM state, which
// __builtin_cpu_supports checks).
inline bool cpuHasFMA() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}

}  // namespace go::math
