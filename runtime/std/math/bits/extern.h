// This file implements package math/bits' externs (runtime/std/math/bits/bits.go): the
// functions Go's compiler treats as intrinsics, as inline builtins so every caller gets the
// instruction (lzcnt, tzcnt, popcnt, rol, bswap, mul, adc, sbb) rather than a call.
#pragma once

#include <cstdint>
#include <tuple>

namespace go::math::bits {

inline int64_t Len64(uint64_t x) { return x == 0 ? 0 : 64 - __builtin_clzll(x); }
inline int64_t Len32(uint32_t x) { return x == 0 ? 0 : 32 - __builtin_clz(x); }
inline int64_t Len(uint64_t x) { return Len64(x); }

inline int64_t LeadingZeros64(uint64_t x) { return 64 - Len64(x); }
inline int64_t LeadingZeros32(uint32_t x) { return 32 - Len32(x); }
inline int64_t LeadingZeros(uint64_t x) { return 64 - Len64(x); }

inline int64_t TrailingZeros64(uint64_t x) { return x == 0 ? 64 : __builtin_ctzll(x); }
inline int64_t TrailingZeros32(uint32_t x) { return x == 0 ? 32 : __builtin_ctz(x); }
inline int64_t TrailingZeros(uint64_t x) { return TrailingZeros64(x); }

inline int64_t OnesCount64(uint64_t x) { return __builtin_popcountll(x); }
inline int64_t OnesCount32(uint32_t x) { return __builtin_popcount(x); }
inline int64_t OnesCount(uint64_t x) { return __builtin_popcountll(x); }

// Go: s := uint(k) & (n-1); x<<s | x>>(n-s), where a shift by n yields 0.
inline uint64_t RotateLeft64(uint64_t x, int64_t k) {
  unsigned s = static_cast<unsigned>(k) & 63;
  return (x << s) | (x >> ((64 - s) & 63));
}
inline uint32_t RotateLeft32(uint32_t x, int64_t k) {
  unsigned s = static_cast<unsigned>(k) & 31;
  return (x << s) | (x >> ((32 - s) & 31));
}
inline uint64_t RotateLeft(uint64_t x, int64_t k) { return RotateLeft64(x, k); }

inline uint64_t ReverseBytes64(uint64_t x) { return __builtin_bswap64(x); }
inline uint32_t ReverseBytes32(uint32_t x) { return __builtin_bswap32(x); }
inline uint64_t ReverseBytes(uint64_t x) { return __builtin_bswap64(x); }

inline std::tuple<uint64_t, uint64_t> Mul64(uint64_t x, uint64_t y) {
  unsigned __int128 p = static_cast<unsigned __int128>(x) * y;
  return {static_cast<uint64_t>(p >> 64), static_cast<uint64_t>(p)};
}

// The carry and borrow inputs must be 0 or 1 (as in Go); the outputs are 0 or 1.
inline std::tuple<uint64_t, uint64_t> Add64(uint64_t x, uint64_t y, uint64_t carry) {
  uint64_t sum = x + y + carry;
  return {sum, ((x & y) | ((x | y) & ~sum)) >> 63};
}
inline std::tuple<uint64_t, uint64_t> Sub64(uint64_t x, uint64_t y, uint64_t borrow) {
  uint64_t diff = x - y - borrow;
  return {diff, ((~x & y) | (~(x ^ y) & diff)) >> 63};
}

}  // namespace go::math::bits
