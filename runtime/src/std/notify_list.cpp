// This file implements gocxx::NotifyList (std/notify_list.h), after Go's runtime/sema.go.
#include "gocxx/std/notify_list.h"

#include <sched.h>

namespace gocxx {

void NotifyList::lock() {
  std::atomic_ref<uint32_t> l(lock_);
  for (int spins = 0;; spins++) {
    uint32_t expected = 0;
    if (l.compare_exchange_weak(expected, 1, std::memory_order_acquire)) return;
    if (spins < 64)
      detail::cpu_relax();
    else
      sched_yield();
  }
}

void NotifyList::unlock() { std::atomic_ref<uint32_t>(lock_).store(0, std::memory_order_release); }

bool NotifyList::wait_slow(std::coroutine_handle<> h, Waiter* w, uint32_t t) {
  lock();
  // Already notified: don't sleep.
  if (less(t, notify_)) {
    unlock();
    return false;
  }
  w->g = detail::current_g();
  w->ticket = t;
  w->next = nullptr;
  if (tail_)
    tail_->next = w;
  else
    head_ = w;
  tail_ = w;
  detail::park(h, detail::WaitReason::SyncCondWait, &NotifyList::unlock_cb, this);
  return true;
}

void NotifyList::notify_all() {
  // Fast path: no new waiters since the last notification.
  if (std::atomic_ref<uint32_t>(wait_).load() == std::atomic_ref<uint32_t>(notify_).load()) return;
  lock();
  Waiter* s = head_;
  head_ = tail_ = nullptr;
  std::atomic_ref<uint32_t>(notify_).store(std::atomic_ref<uint32_t>(wait_).load());
  unlock();
  while (s) {
    Waiter* next = s->next;  // read before ready: s lives in the woken goroutine's frame
    detail::ready(s->g);
    s = next;
  }
}

void NotifyList::notify_one() {
  if (std::atomic_ref<uint32_t>(wait_).load() == std::atomic_ref<uint32_t>(notify_).load()) return;
  lock();
  uint32_t t = notify_;
  if (t == std::atomic_ref<uint32_t>(wait_).load()) {
    unlock();
    return;
  }
  std::atomic_ref<uint32_t>(notify_).store(t + 1);
  // The waiter with ticket t may not have queued yet; it will then see notify_ > t and not
  // sleep.
  for (Waiter *p = nullptr, *s = head_; s != nullptr; p = s, s = s->next) {
    if (s->ticket == t) {
      Waiter* n = s->next;
      if (p)
        p->next = n;
      else
        head_ = n;
      if (tail_ == s) tail_ = p;
      unlock();
      detail::ready(s->g);
      return;
    }
  }
  unlock();
}

}  // namespace gocxx
