// This file implements the slow paths of the sync primitives (see sync.h). Each primitive has
// an internal lock guarding a FIFO list of parked goroutines; releasing hands ownership directly
// to the first waiter, so a woken goroutine never has to compete again (no starvation).
#include "gocxx/sync.h"

#include "gocxx/panic.h"
#include "sched_internal.h"

namespace gocxx {

namespace detail {

void unlock_lock(void* l) { static_cast<Lock*>(l)->unlock(); }

void ready_all(SyncWaiter* w) {
  while (w) {
    SyncWaiter* next = w->next;  // read before ready: w lives in the woken goroutine's frame
    ready(w->g);
    w = next;
  }
}

}  // namespace detail

using detail::SyncWaiter;

// ---- Mutex ----

bool Mutex::lock_slow(std::coroutine_handle<> h, SyncWaiter* w) {
  lk_.lock();
  uint32_t s = state_.load(std::memory_order_relaxed);
  for (;;) {
    if (!(s & kLocked)) {
      if (state_.compare_exchange_weak(s, s | kLocked, std::memory_order_acquire)) {
        lk_.unlock();
        return false;  // got it: don't suspend
      }
      continue;
    }
    if (state_.compare_exchange_weak(s, s | kWaiters, std::memory_order_relaxed)) break;
  }
  w->g = detail::current_g();
  waiters_.push(w);
  detail::park(h, detail::WaitReason::Semacquire, detail::unlock_lock, &lk_);
  return true;
}

void Mutex::unlock() {
  uint32_t expected = kLocked;
  if (state_.compare_exchange_strong(expected, 0, std::memory_order_release)) return;
  if (!(expected & kLocked)) detail::fatal_error("sync: unlock of unlocked mutex");
  lk_.lock();
  SyncWaiter* w = waiters_.pop();
  if (w) {
    // Hand the lock over: it stays locked, owned by w.
    if (!waiters_.head) state_.store(kLocked, std::memory_order_release);
  } else {
    state_.store(0, std::memory_order_release);
  }
  lk_.unlock();
  if (w) detail::ready(w->g);
}

// ---- RWMutex ----

bool RWMutex::try_acquire(bool writer) {
  detail::LockGuard g(lk_);
  if (writer) {
    if (writer_ || readers_ > 0) return false;
    writer_ = true;
    return true;
  }
  // Readers wait behind a waiting writer, so writers are not starved.
  if (writer_ || writers_waiting_ > 0) return false;
  readers_++;
  return true;
}

bool RWMutex::acquire_slow(std::coroutine_handle<> h, SyncWaiter* w, bool writer) {
  lk_.lock();
  if (writer ? (!writer_ && readers_ == 0) : (!writer_ && writers_waiting_ == 0)) {
    if (writer)
      writer_ = true;
    else
      readers_++;
    lk_.unlock();
    return false;
  }
  w->g = detail::current_g();
  w->is_writer = writer;
  if (writer) writers_waiting_++;
  waiters_.push(w);
  detail::park(h, detail::WaitReason::Semacquire, detail::unlock_lock, &lk_);
  return true;
}

void RWMutex::runlock() {
  SyncWaiter* wake = nullptr;
  {
    detail::LockGuard g(lk_);
    if (readers_ <= 0) detail::fatal_error("sync: RUnlock of unlocked RWMutex");
    readers_--;
    if (readers_ == 0 && waiters_.head && waiters_.head->is_writer) {
      wake = waiters_.pop();
      writers_waiting_--;
      writer_ = true;
    }
  }
  if (wake) detail::ready(wake->g);
}

void RWMutex::unlock() {
  SyncWaiter* wake = nullptr;
  {
    detail::LockGuard g(lk_);
    if (!writer_) detail::fatal_error("sync: Unlock of unlocked RWMutex");
    writer_ = false;
    // Readers that queued while the writer held the lock go first, then the next writer.
    SyncWaiter** tail = &wake;
    while (waiters_.head && !waiters_.head->is_writer) {
      SyncWaiter* r = waiters_.pop();
      readers_++;
      *tail = r;
      tail = &r->next;
      *tail = nullptr;
    }
    if (!wake && waiters_.head) {
      wake = waiters_.pop();
      wake->next = nullptr;
      writers_waiting_--;
      writer_ = true;
    }
  }
  detail::ready_all(wake);
}

// ---- WaitGroup ----

void WaitGroup::add(int64_t delta) {
  int64_t v = count_.fetch_add(delta, std::memory_order_acq_rel) + delta;
  if (v < 0) panic(String("sync: negative WaitGroup counter"));
  if (v > 0 || delta > 0) return;
  SyncWaiter* all;
  {
    detail::LockGuard g(lk_);
    all = waiters_.take_all();
  }
  detail::ready_all(all);
}

bool WaitGroup::wait_slow(std::coroutine_handle<> h, SyncWaiter* w) {
  lk_.lock();
  if (count_.load(std::memory_order_acquire) == 0) {
    lk_.unlock();
    return false;
  }
  w->g = detail::current_g();
  waiters_.push(w);
  detail::park(h, detail::WaitReason::Semacquire, detail::unlock_lock, &lk_);
  return true;
}

// ---- Cond ----

struct Cond::Parker {
  Cond* c;
  SyncWaiter w;
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> h) noexcept {
    c->lk_.lock();
    w.g = detail::current_g();
    c->waiters_.push(&w);
    // Unlock L only once we are on the list, so a Signal after Unlock cannot be missed.
    c->l_->unlock();
    detail::park(h, detail::WaitReason::SyncCondWait, detail::unlock_lock, &c->lk_);
    return true;
  }
  void await_resume() const noexcept {}
};

Task<void> Cond::wait() {
  co_await Parker{this, {}};
  co_await l_->lock();
}

void Cond::signal() {
  SyncWaiter* w;
  {
    detail::LockGuard g(lk_);
    w = waiters_.pop();
  }
  if (w) detail::ready(w->g);
}

void Cond::broadcast() {
  SyncWaiter* all;
  {
    detail::LockGuard g(lk_);
    all = waiters_.take_all();
  }
  detail::ready_all(all);
}

}  // namespace gocxx
