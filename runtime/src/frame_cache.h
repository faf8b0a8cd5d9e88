// This file implements the per-worker cache of coroutine frames.
//
// Frames are destroyed at known points (when the awaited Task dies, or when a goroutine ends),
// so instead of returning them to the collector each worker keeps free lists by size class:
// in steady state a call into a blocking function allocates nothing. Frames are collector
// roots (uncollectable, scanned), so a suspended function's locals keep Go objects alive.
// Sizes are rounded up to the class size on every path so a frame freed on another worker, or
// allocated outside a worker, always fits the list it lands in.
// A worker whose goroutines end more frames than they start (the consumer in
// `for { go f() }`: main starts every goroutine on one worker, another runs and ends
// them) hands full batches to a shared depot, and an allocating worker with an empty
// list takes a batch back, as Go's P-local caches refill from central lists. Without
// the depot every frame went through the collector's global lock twice
// (GC_MALLOC_UNCOLLECTABLE on one worker, GC_FREE on the other): spawning 1M
// goroutines spent 40% of its time contending on that lock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>

#include "gocxx/gc.h"

namespace gocxx::detail {

// Frames up to kFrameClasses * 32 bytes (2 KiB) are cached, by 32-byte size class.
inline constexpr std::size_t kFrameClasses = 64;

// Batches of free frames of one size class each, shared by all workers. A batch is a
// list linked through each frame's first word; batches are linked through the head
// frame's second word (frames are at least kGranule = 32 bytes).
class FrameDepot {
 public:
  static constexpr uint32_t kMaxBatches = 64;  // per class; beyond, frames go back to the collector

  // Takes ownership of a batch; false when the class is full (the caller frees it).
  bool put(std::size_t c, void* batch) {
    std::lock_guard<std::mutex> lock(mu_);
    if (counts_[c] >= kMaxBatches) return false;
    static_cast<void**>(batch)[1] = batches_[c];
    batches_[c] = batch;
    counts_[c]++;
    return true;
  }

  void* take(std::size_t c) {
    std::lock_guard<std::mutex> lock(mu_);
    void* b = batches_[c];
    if (b != nullptr) {
      batches_[c] = static_cast<void**>(b)[1];
      counts_[c]--;
    }
    return b;
  }

 private:
  std::mutex mu_;
  void* batches_[kFrameClasses] = {};
  uint32_t counts_[kFrameClasses] = {};
};

FrameDepot& frame_depot();

class FrameCache {
 public:
  static constexpr std::size_t kGranule = 32;
  static constexpr std::size_t kClasses = kFrameClasses;
  static constexpr uint32_t kMaxPerClass = 1024;
  static constexpr uint32_t kBatch = kMaxPerClass / 2;

  void* alloc(std::size_t n) {
    std::size_t c = (n + kGranule - 1) / kGranule;
    if (c < kClasses) {
      if (lists_[c] == nullptr) {
        if (void* b = frame_depot().take(c)) {
          lists_[c] = b;
          counts_[c] = kBatch;
        }
      }
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
    if (c >= kClasses) return gc_free_root(p);
    if (counts_[c] >= kMaxPerClass) spill(c);
    *static_cast<void**>(p) = lists_[c];
    lists_[c] = p;
    counts_[c]++;
  }

  static void* alloc_uncached(std::size_t n) {
    std::size_t c = (n + kGranule - 1) / kGranule;
    return gc_alloc_root(c < kClasses ? c * kGranule : n);
  }
  static void free_uncached(void* p, std::size_t) { gc_free_root(p); }

 private:
  // Moves kBatch frames from the list to the depot (or the collector when it is full).
  void spill(std::size_t c) {
    void* batch = lists_[c];
    void* last = batch;
    for (uint32_t i = 1; i < kBatch; i++) last = *static_cast<void**>(last);
    lists_[c] = *static_cast<void**>(last);
    *static_cast<void**>(last) = nullptr;
    counts_[c] -= kBatch;
    if (frame_depot().put(c, batch)) return;
    while (batch != nullptr) {
      void* next = *static_cast<void**>(batch);
      gc_free_root(batch);
      batch = next;
    }
  }

  void* lists_[kClasses] = {};
  uint32_t counts_[kClasses] = {};
};

}  // namespace gocxx::detail
