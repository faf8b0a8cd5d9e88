// This file implements Go's sync package primitives: Mutex, RWMutex, WaitGroup, Once and Cond.
// They park goroutines, never threads (Go: sync/*.go over runtime/sema.go).
//
// Go:                      C++ (inside a Task coroutine):
//   mu.Lock()                co_await mu.lock();
//   mu.Unlock()              mu.unlock();
//   wg.Add(1); wg.Done()     wg.add(1); wg.done();
//   wg.Wait()                co_await wg.wait();
//   once.Do(f)               co_await once.run(f);
//   c.Wait()                 co_await c.wait();      // c = gocxx::Cond(&mu)
// Waiters are served FIFO. Misuse is fatal as in Go: `fatal error: sync: unlock of unlocked
// mutex`, and `panic: sync: negative WaitGroup counter`.
#pragma once

#include <atomic>
#include <coroutine>
#include <cstdint>
#include <type_traits>

#include "gocxx/detail/g.h"
#include "gocxx/detail/lock.h"
#include "gocxx/task.h"

namespace gocxx {

namespace detail {

// A parked goroutine in one of the primitives' FIFO lists; lives in the awaiter (the frame).
struct SyncWaiter {
  G* g = nullptr;
  SyncWaiter* next = nullptr;
  bool is_writer = false;
};

struct SyncWaitList {
  SyncWaiter* head = nullptr;
  SyncWaiter* tail = nullptr;
  void push(SyncWaiter* w) {
    w->next = nullptr;
    if (tail)
      tail->next = w;
    else
      head = w;
    tail = w;
  }
  // Empties the list, returning its waiters linked through next.
  SyncWaiter* take_all() {
    SyncWaiter* all = head;
    head = tail = nullptr;
    return all;
  }
  SyncWaiter* pop() {
    SyncWaiter* w = head;
    if (w) {
      head = w->next;
      if (!head) tail = nullptr;
    }
    return w;
  }
};

void unlock_lock(void* l);         // park unlock function for a detail::Lock
void ready_all(SyncWaiter* list);  // readies every waiter of a take_all() list

}  // namespace detail

class Mutex {
 public:
  struct LockAwaiter {
    Mutex* m;
    detail::SyncWaiter w;
    bool await_ready() noexcept { return m->try_lock(); }
    bool await_suspend(std::coroutine_handle<> h) noexcept { return m->lock_slow(h, &w); }
    void await_resume() const noexcept {}
  };
  LockAwaiter lock() noexcept { return LockAwaiter{this, {}}; }
  bool try_lock() noexcept {
    uint32_t expected = 0;
    return state_.compare_exchange_strong(expected, kLocked, std::memory_order_acquire);
  }
  void unlock();

 private:
  static constexpr uint32_t kLocked = 1, kWaiters = 2;
  bool lock_slow(std::coroutine_handle<> h, detail::SyncWaiter* w);
  detail::Atomic<uint32_t> state_{0};  // trivially copyable, as Go values are
  detail::Lock lk_;
  detail::SyncWaitList waiters_;
};

class RWMutex {
 public:
  struct Awaiter {
    RWMutex* m;
    bool writer;
    detail::SyncWaiter w;
    bool await_ready() noexcept { return m->try_acquire(writer); }
    bool await_suspend(std::coroutine_handle<> h) noexcept {
      return m->acquire_slow(h, &w, writer);
    }
    void await_resume() const noexcept {}
  };
  Awaiter lock() noexcept { return Awaiter{this, true, {}}; }
  Awaiter rlock() noexcept { return Awaiter{this, false, {}}; }
  void unlock();
  void runlock();
  // rw.TryLock() / rw.TryRLock() (package sync's externs).
  bool try_lock() { return try_acquire(true); }
  bool try_rlock() { return try_acquire(false); }

 private:
  bool try_acquire(bool writer);
  bool acquire_slow(std::coroutine_handle<> h, detail::SyncWaiter* w, bool writer);
  detail::Lock lk_;
  int64_t readers_ = 0;
  bool writer_ = false;
  int64_t writers_waiting_ = 0;
  detail::SyncWaitList waiters_;
};

class WaitGroup {
 public:
  void add(int64_t delta);
  void done() { add(-1); }
  struct WaitAwaiter {
    WaitGroup* wg;
    detail::SyncWaiter w;
    bool await_ready() noexcept { return wg->count_.load(std::memory_order_acquire) == 0; }
    bool await_suspend(std::coroutine_handle<> h) noexcept { return wg->wait_slow(h, &w); }
    void await_resume() const noexcept {}
  };
  WaitAwaiter wait() noexcept { return WaitAwaiter{this, {}}; }

 private:
  bool wait_slow(std::coroutine_handle<> h, detail::SyncWaiter* w);
  detail::Atomic<int64_t> count_{0};
  detail::Lock lk_;
  detail::SyncWaitList waiters_;
};

class Once {
 public:
  // once.Do(f): f returns void or a Task<void>. Done even if f panics, as in Go.
  template <class F>
  Task<void> run(F f) {
    if (done_.load(std::memory_order_acquire)) co_return;
    co_await m_.lock();
    struct Finish {
      Once* o;
      ~Finish() {
        o->done_.store(true, std::memory_order_release);
        o->m_.unlock();
      }
    };
    if (!done_.load(std::memory_order_relaxed)) {
      Finish fin{this};
      if constexpr (std::is_void_v<std::invoke_result_t<F&>>)
        f();
      else
        co_await f();
    } else {
      m_.unlock();
    }
  }

 private:
  detail::Atomic<bool> done_{false};
  Mutex m_;
};

class Cond {
 public:
  explicit Cond(Mutex* l) : l_(l) {}
  // c.Wait(): unlocks L, parks until signalled, relocks L.
  Task<void> wait();
  void signal();
  void broadcast();

 private:
  struct Parker;
  Mutex* l_;
  detail::Lock lk_;
  detail::SyncWaitList waiters_;
};

static_assert(std::is_trivially_copyable_v<Mutex> && std::is_trivially_copyable_v<RWMutex> &&
              std::is_trivially_copyable_v<WaitGroup> && std::is_trivially_copyable_v<Once>);

}  // namespace gocxx
