// This file implements slice allocation and growth exactly as Go 1.19 does (Go:
// runtime/slice.go makeslice and growslice, runtime/msize.go roundupsize), so that cap() after
// append prints the same numbers as Go. The size-class tables below are data copied from Go
// 1.19's runtime/sizeclasses.go (generated there by mksizeclasses.go; BSD license, see
// runtime/std/LICENSE-go).
#include "gocxx/slice.h"

#include <cstring>

#include "gocxx/panic.h"

namespace gocxx::detail {

char zerobase[16];

namespace {

// runtime/sizeclasses.go, go1.19: _MaxSmallSize, smallSizeDiv, smallSizeMax, largeSizeDiv,
// _NumSizeClasses, _PageShift and the three tables roundupsize reads.
constexpr uint64_t kMaxSmallSize = 32768;
constexpr uint64_t kSmallSizeDiv = 8;
constexpr uint64_t kSmallSizeMax = 1024;
constexpr uint64_t kLargeSizeDiv = 128;
constexpr int kNumSizeClasses = 68;
constexpr uint64_t kPageSize = uint64_t(1) << 13;

constexpr uint16_t kClassToSize[kNumSizeClasses] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};
constexpr uint8_t kSizeToClass8[kSmallSizeMax / kSmallSizeDiv + 1] = {
    0,  1,  2,  3,  4,  5,  5,  6,  6,  7,  7,  8,  8,  9,  9,  10, 10, 11, 11, 12, 12, 13,
    13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21,
    21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27,
    27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29,
    29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32,
};
constexpr uint8_t kSizeToClass128[(kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44,
    44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49,
    50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53,
    54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57,
    57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61,
    61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63,
    63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66,
    66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
};

// runtime/malloc.go: maxAlloc on 64-bit Linux (heapAddrBits == 48).
constexpr uint64_t kMaxAlloc = uint64_t(1) << 48;

// Allocates `bytes` for a backing array; zeroed.
void* alloc_array(uint64_t bytes, bool pointer_free) {
  if (bytes == 0) return zerobase;
  if (pointer_free) return gc_alloc_atomic(bytes);
  void* p = gc_alloc(bytes);
  gc_advise_huge(p, bytes);
  return p;
}

// a * b, or false on overflow (math.MulUintptr).
bool mul_ok(uint64_t a, uint64_t b, uint64_t* out) { return !__builtin_mul_overflow(a, b, out); }

}  // namespace

uint64_t roundupsize(uint64_t size) {
  if (size < kMaxSmallSize) {
    if (size <= kSmallSizeMax - 8)
      return kClassToSize[kSizeToClass8[(size + kSmallSizeDiv - 1) / kSmallSizeDiv]];
    return kClassToSize[kSizeToClass128[(size - kSmallSizeMax + kLargeSizeDiv - 1) /
                                        kLargeSizeDiv]];
  }
  if (size + kPageSize < size) return size;
  return (size + kPageSize - 1) & ~(kPageSize - 1);
}

void* makeslice(int64_t len, int64_t cap, uint64_t elem_size, bool pointer_free) {
  uint64_t mem;
  if (!mul_ok(elem_size, uint64_t(cap), &mem) || mem > kMaxAlloc || len < 0 || len > cap) {
    // Go reports the length when the length alone is already impossible.
    if (!mul_ok(elem_size, uint64_t(len), &mem) || mem > kMaxAlloc || len < 0)
      panic_runtime_error("makeslice: len out of range");
    panic_runtime_error("makeslice: cap out of range");
  }
  return alloc_array(mem, pointer_free);
}

Grown growslice(const void* old_ptr, int64_t old_len, int64_t old_cap, int64_t need,
                uint64_t elem_size, bool pointer_free) {
  if (need < old_cap) panic_runtime_error("growslice: cap out of range");
  if (elem_size == 0) return {zerobase, need};

  // Go computes with wrapping ints; unsigned arithmetic gives the same bits without UB.
  int64_t newcap = old_cap;
  int64_t doublecap = int64_t(uint64_t(newcap) + uint64_t(newcap));
  if (need > doublecap) {
    newcap = need;
  } else {
    constexpr int64_t threshold = 256;
    if (old_cap < threshold) {
      newcap = doublecap;
    } else {
      // From doubling to 1.25x growth, smoothly: newcap += (newcap + 3*threshold) / 4.
      while (0 < newcap && newcap < need)
        newcap = int64_t(uint64_t(newcap) + uint64_t((newcap + 3 * threshold) / 4));
      if (newcap <= 0) newcap = need;
    }
  }

  uint64_t capmem;
  bool overflow;
  if (elem_size == 1) {
    capmem = roundupsize(uint64_t(newcap));
    overflow = uint64_t(newcap) > kMaxAlloc;
    newcap = int64_t(capmem);
  } else {
    overflow = !mul_ok(elem_size, uint64_t(newcap), &capmem);
    capmem = roundupsize(capmem);
    newcap = int64_t(capmem / elem_size);
  }
  if (overflow || capmem > kMaxAlloc) panic_runtime_error("growslice: cap out of range");

  uint64_t lenmem = uint64_t(old_len) * elem_size;
  void* p;
  if (pointer_free) {
    // Atomic memory is not zeroed by the collector: clear only what the copy leaves.
    p = gc_alloc_atomic_uninit(capmem);
    std::memset(static_cast<char*>(p) + lenmem, 0, capmem - lenmem);
  } else {
    p = gc_alloc(capmem);
    gc_advise_huge(p, capmem);
  }
  if (lenmem) std::memcpy(p, old_ptr, lenmem);
  return {p, newcap};
}

}  // namespace gocxx::detail
