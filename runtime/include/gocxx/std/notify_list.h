// This file implements gocxx::NotifyList, the representation of package sync's notifyList
// (runtime/std/sync/cond.go): Go's ticket-based list of goroutines waiting on a sync.Cond
// (Go: runtime/sema.go notifyListAdd/Wait/NotifyOne/NotifyAll). Zero value = empty list.
// Trivially copyable (Cond values hold one); the lock is a plain word used atomically.
#pragma once

#include <atomic>
#include <coroutine>
#include <cstdint>

#include "gocxx/detail/g.h"
#include "gocxx/detail/lock.h"
#include "gocxx/task.h"

namespace gocxx {

class NotifyList {
 public:
  struct Waiter {
    detail::G* g = nullptr;
    uint32_t ticket = 0;
    Waiter* next = nullptr;
  };

  // Takes a ticket; the caller waits on it after releasing its own lock.
  uint32_t add() { return std::atomic_ref<uint32_t>(wait_).fetch_add(1); }

  struct WaitAwaiter {
    NotifyList* l;
    uint32_t ticket;
    Waiter w;
    bool await_ready() noexcept { return false; }
    bool await_suspend(std::coroutine_handle<> h) noexcept { return l->wait_slow(h, &w, ticket); }
    void await_resume() const noexcept {}
  };
  // Parks until ticket t has been notified ("sync.Cond.Wait").
  WaitAwaiter wait(uint32_t t) noexcept { return WaitAwaiter{this, t, {}}; }

  void notify_one();
  void notify_all();

  friend bool operator==(const NotifyList& a, const NotifyList& b) {
    return a.wait_ == b.wait_ && a.notify_ == b.notify_ && a.head_ == b.head_;
  }

 private:
  static bool less(uint32_t a, uint32_t b) { return int32_t(a - b) < 0; }
  void lock();
  void unlock();
  static void unlock_cb(void* l) { static_cast<NotifyList*>(l)->unlock(); }
  bool wait_slow(std::coroutine_handle<> h, Waiter* w, uint32_t t);

  uint32_t wait_ = 0;    // next ticket to hand out (atomic)
  uint32_t notify_ = 0;  // next ticket to notify (under lock_)
  uint32_t lock_ = 0;    // spin lock word: critical sections are a few instructions
  Waiter* head_ = nullptr;
  Waiter* tail_ = nullptr;
};

static_assert(std::is_trivially_copyable_v<NotifyList>);

}  // namespace gocxx
