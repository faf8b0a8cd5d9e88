// This file implements the bounds checks of index and slice expressions on strings, arrays
// and slices, with Go's runtime.boundsError panics (Go: runtime/error.go, boundsErrorFmts).
//
//   s[5]      len 3  ->  "runtime error: index out of range [5] with length 3"
//   s[:5]     string ->  "runtime error: slice bounds out of range [:5] with length 3"
//   s[:7]     slice  ->  "runtime error: slice bounds out of range [:7] with capacity 5"
//   s[3:2]           ->  "runtime error: slice bounds out of range [3:2]"
//   s[0:1:6]  slice  ->  "runtime error: slice bounds out of range [::6] with capacity 5"
// Strings and arrays are checked against their length, slices against their capacity, which is
// why the first failing bound picks the "with length" or "with capacity" wording.
#pragma once

#include <cstdint>

namespace gocxx {

// Go's boundsErrorCode, in Go's order.
enum class BoundsCode : uint8_t {
  Index,       // s[x]: 0 <= x < len
  SliceAlen,   // s[?:x]: 0 <= x <= len          (strings, arrays)
  SliceAcap,   // s[?:x]: 0 <= x <= cap          (slices)
  SliceB,      // s[x:y]: 0 <= x <= y
  Slice3Alen,  // s[?:?:x]: 0 <= x <= len        (arrays)
  Slice3Acap,  // s[?:?:x]: 0 <= x <= cap        (slices)
  Slice3B,     // s[?:x:y]: 0 <= x <= y
  Slice3C,     // s[x:y:?]: 0 <= x <= y
  Convert,     // (*[x]T)(s): 0 <= x <= len
};

[[noreturn]] void panic_index(int64_t i, int64_t len);
// Panics with Go's text for `code`; x is the failing index, y the bound it was checked against.
[[noreturn]] void panic_bounds(BoundsCode code, int64_t x, int64_t y);

namespace detail {

// Unsigned comparisons fold the "negative" test into the upper-bound test, as Go's do.
inline void check_index(int64_t i, int64_t len) {
  if (uint64_t(i) >= uint64_t(len)) [[unlikely]]
    panic_index(i, len);
}

// x[lo:hi] where hi may go up to `bound` (len for strings and arrays, cap for slices).
inline void check_slice2(int64_t lo, int64_t hi, int64_t bound, BoundsCode a) {
  if (uint64_t(hi) > uint64_t(bound)) [[unlikely]]
    panic_bounds(a, hi, bound);
  if (uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    panic_bounds(BoundsCode::SliceB, lo, hi);
}

// x[lo:] (hi is the length).
inline void check_slice_from(int64_t lo, int64_t len) {
  if (uint64_t(lo) > uint64_t(len)) [[unlikely]]
    panic_bounds(BoundsCode::SliceB, lo, len);
}

// x[lo:hi:max] where max may go up to `bound`.
inline void check_slice3(int64_t lo, int64_t hi, int64_t max, int64_t bound, BoundsCode a) {
  if (uint64_t(max) > uint64_t(bound)) [[unlikely]]
    panic_bounds(a, max, bound);
  if (uint64_t(hi) > uint64_t(max)) [[unlikely]]
    panic_bounds(BoundsCode::Slice3B, hi, max);
  if (uint64_t(lo) > uint64_t(hi)) [[unlikely]]
    panic_bounds(BoundsCode::Slice3C, lo, hi);
}

}  // namespace detail

}  // namespace gocxx
