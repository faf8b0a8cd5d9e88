// This file implements a worker's local run queue: Go's lock-free ring (runtime/proc.go runq*).
//
// The owner pushes at the tail and pops at the head; thieves take half of the ring with one
// CAS on the head. Slots are atomics so the copy a thief makes races benignly with the owner:
// the owner can only overwrite a slot after the head moved past it, which makes the thief's
// CAS fail and its copy be discarded.
#pragma once

#include <atomic>
#include <cstdint>

#include "gocxx/detail/g.h"

namespace gocxx::detail {

class RunQueue {
 public:
  static constexpr uint32_t kSize = 256;

  // Owner only. False when full: the caller moves half to the global queue (put_overflow).
  bool try_put(G* g) {
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t t = tail_.load(std::memory_order_relaxed);
    if (t - h >= kSize) return false;
    buf_[t % kSize].store(g, std::memory_order_relaxed);
    tail_.store(t + 1, std::memory_order_release);
    return true;
  }

  // Owner only: takes half of the ring into `out` (a singly linked batch through schedlink),
  // returns how many, or 0 if a thief interfered (retry try_put then).
  uint32_t take_half(G** first, G** last);

  // Owner (or anyone, safely): pops the oldest goroutine.
  G* get() {
    for (;;) {
      uint32_t h = head_.load(std::memory_order_acquire);
      uint32_t t = tail_.load(std::memory_order_relaxed);
      if (t == h) return nullptr;
      G* g = buf_[h % kSize].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + 1, std::memory_order_release)) return g;
    }
  }

  bool empty() const {
    return head_.load(std::memory_order_acquire) == tail_.load(std::memory_order_acquire);
  }
  uint32_t size() const {
    return tail_.load(std::memory_order_acquire) - head_.load(std::memory_order_acquire);
  }

  // Called by the owner of `this`: steals about half of victim's goroutines (and, if
  // steal_next, its runnext slot when the ring is empty). Returns one to run, or nullptr.
  G* steal_from(RunQueue& victim, std::atomic<G*>& victim_next, bool steal_next);

 private:
  uint32_t grab(std::atomic<G*>* dst, uint32_t dst_head, std::atomic<G*>& next, bool steal_next);

  alignas(64) std::atomic<uint32_t> head_{0};
  alignas(64) std::atomic<uint32_t> tail_{0};
  std::atomic<G*> buf_[kSize] = {};
};

}  // namespace gocxx::detail
