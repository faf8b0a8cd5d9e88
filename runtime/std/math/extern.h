// This file implements package math's externs (runtime/std/math/unsafe.go, fma.go,
// arch_amd64.go): float bit casts, the fused multiply-add, and the operations Go runs in
// assembly on amd64 whose <cmath> results are exact (Floor, Ceil, Trunc, Sqrt), plus the CPU
// feature test that picks Go's FMA path in archExp.
#pragma once

#include <cmath>
#include <cstring>

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
inline double archSqrt(double x) { return std::sqrt(x); }

// Go's cpu.X86.HasAVX && cpu.X86.HasFMA (AVX also needs the OS to save YMM state, which
// __builtin_cpu_supports checks).
inline bool cpuHasFMA() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}

}  // namespace go::math
