// This file implements the per-worker cache of coroutine frames.
//
// Frames are destroyed at known points (when the awaited Task dies, or when a goroutine ends),
// so instead of returning them to the collector each worker keeps free lists by size class:
// in steady state a call into a blocking function allocates nothing. Frames are collector
// roots (uncollectable, scanned), so a suspended function's locals keep Go objects alive.
// Sizes are rounded up to the class size on every path so a frame freed on another worker, or
// allocated outside a worker, always fits the list it lands in.
#pragma once

#include <cstddef>
#include <cstdint>

#include "gocxx/gc.h"

namespace gocxx::detail {

class FrameCache {
 public:
  static constexpr std::size_t kGranule = 32;
  static constexpr std::size_t kClasses = 64;  // frames up to 2 KiB are cached
  static constexpr uint32_t kMaxPerClass = 1024;

  void* alloc(std::size_t n) {
    std::size_t c = (n + kGranule - 1) / kGranule;
    if (c < kClasses) {
      if (void* p = lists_[c]) {
        lists_[c] = *static_cast<void**>(p);
        counts_[c]--;
        return p;
      }
      return gc_alloc_root(c * kGranule);
    }
    return gc_alloc_root(n);
  }

  void free(void* p, std::size_t n) {
    std::size_t c = (n + kGranule - 1) / kGranule;
    if (c < kClasses && counts_[c] < kMaxPerClass) {
      *static_cast<void**>(p) = lists_[c];
      lists_[c] = p;
      counts_[c]++;
      return;
    }
    gc_free_root(p);
  }

  static void* alloc_uncached(std::size_t n) {
    std::size_t c = (n + kGranule - 1) / kGranule;
    return gc_alloc_root(c < kClasses ? c * kGranule : n);
  }
  static void free_uncached(void* p, std::size_t) { gc_free_root(p); }

 private:
  void* lists_[kClasses] = {};
  uint32_t counts_[kClasses] = {};
};

}  // namespace gocxx::detail
