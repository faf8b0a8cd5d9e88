// This file implements the stealing half of the local run queue (see runq.h).
#include "runq.h"

namespace gocxx::detail {

uint32_t RunQueue::take_half(G** first, G** last) {
  uint32_t h = head_.load(std::memory_order_acquire);
  uint32_t t = tail_.load(std::memory_order_relaxed);
  uint32_t n = (t - h) / 2;
  if (n == 0) return 0;
  G* batch[kSize / 2];
  for (uint32_t i = 0; i < n; i++) batch[i] = buf_[(h + i) % kSize].load(std::memory_order_relaxed);
  if (!head_.compare_exchange_strong(h, h + n, std::memory_order_release)) return 0;
  for (uint32_t i = 0; i + 1 < n; i++) batch[i]->schedlink = batch[i + 1];
  batch[n - 1]->schedlink = nullptr;
  *first = batch[0];
  *last = batch[n - 1];
  return n;
}

uint32_t RunQueue::grab(std::atomic<G*>* dst, uint32_t dst_head, std::atomic<G*>& next,
                        bool steal_next) {
  for (;;) {
    uint32_t h = head_.load(std::memory_order_acquire);
    uint32_t t = tail_.load(std::memory_order_acquire);
    uint32_t n = t - h;
    n = n - n / 2;
    if (n == 0) {
      if (!steal_next) return 0;
      G* g = next.load(std::memory_order_acquire);
      if (g == nullptr || !next.compare_exchange_strong(g, nullptr)) return 0;
      dst[dst_head % kSize].store(g, std::memory_order_relaxed);
      return 1;
    }
    if (n > kSize / 2) continue;  // read an inconsistent head/tail pair; retry
    for (uint32_t i = 0; i < n; i++) {
      dst[(dst_head + i) % kSize].store(buf_[(h + i) % kSize].load(std::memory_order_relaxed),
                                        std::memory_order_relaxed);
    }
    if (head_.compare_exchange_strong(h, h + n, std::memory_order_release)) return n;
  }
}

G* RunQueue::steal_from(RunQueue& victim, std::atomic<G*>& victim_next, bool steal_next) {
  uint32_t t = tail_.load(std::memory_order_relaxed);
  uint32_t n = victim.grab(buf_, t, victim_next, steal_next);
  if (n == 0) return nullptr;
  n--;
  G* g = buf_[(t + n) % kSize].load(std::memory_order_relaxed);
  if (n == 0) return g;
  tail_.store(t + n, std::memory_order_release);
  return g;
}

}  // namespace gocxx::detail
