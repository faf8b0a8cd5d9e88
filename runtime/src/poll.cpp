// This file implements the epoll poller behind PollDesc (see poll.h).
//
// The scheduler calls netpoll(0) opportunistically when goroutines wait on descriptors, and one
// idle worker at a time blocks in netpoll(timeout) with the timeout of the earliest timer.
// An eventfd in the same epoll set lets the scheduler break that wait (netpoll_break).
#include "gocxx/poll.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <mutex>

#include "gocxx/detail/lock.h"
#include "gocxx/gc.h"
#include "sched_internal.h"

namespace gocxx {
namespace detail {
namespace {

int epfd = -1;
int breakfd = -1;
std::atomic<int64_t> waiters{0};
std::atomic<bool> break_pending{false};
G* const kReady = reinterpret_cast<G*>(uintptr_t(1));

}  // namespace

void netpoll_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    epfd = epoll_create1(EPOLL_CLOEXEC);
    breakfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    struct epoll_event ev {};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr;
    epoll_ctl(epfd, EPOLL_CTL_ADD, breakfd, &ev);
  });
}

int64_t netpoll_waiters() { return waiters.load(std::memory_order_acquire); }

void netpoll_break() {
  bool expected = false;
  if (!break_pending.compare_exchange_strong(expected, true)) return;
  uint64_t one = 1;
  ssize_t r = ::write(breakfd, &one, sizeof one);
  (void)r;
}

int netpoll(int64_t timeout_ns) {
  if (epfd < 0) return 0;
  struct epoll_event events[128];
  struct timespec ts = ns_to_timespec(timeout_ns >= 0 ? timeout_ns : 0);
  struct timespec* tsp = timeout_ns >= 0 ? &ts : nullptr;
  int n = epoll_pwait2(epfd, events, 128, tsp, nullptr);
  if (n < 0) return 0;
  int readied = 0;
  for (int i = 0; i < n; i++) {
    auto* pd = static_cast<PollDesc*>(events[i].data.ptr);
    if (pd == nullptr) {
      // Only a blocking poll consumes a break: a non-blocking poll on another worker must not
      // swallow the wake-up meant for the worker blocked in epoll (eventfd is level-triggered).
      if (timeout_ns != 0) {
        uint64_t v;
        ssize_t r = ::read(breakfd, &v, sizeof v);
        (void)r;
        break_pending.store(false);
      }
      continue;
    }
    uint32_t e = events[i].events;
    bool err = e & (EPOLLERR | EPOLLHUP);
    pd->notify(err || (e & (EPOLLIN | EPOLLRDHUP)), err || (e & EPOLLOUT));
    readied++;
  }
  return readied;
}

namespace {

// Marks a direction ready, waking its waiter if there is one.
void unblock(std::atomic<G*>& slot) {
  G* old = slot.load(std::memory_order_acquire);
  for (;;) {
    if (old == kReady) return;
    G* next = old == nullptr ? kReady : nullptr;
    if (slot.compare_exchange_weak(old, next, std::memory_order_acq_rel)) break;
  }
  if (old != nullptr) {
    waiters.fetch_sub(1, std::memory_order_acq_rel);
    if (current_g())
      ready(old);
    else
      ready_from_scheduler(old);
  }
}

struct Commit {
  std::atomic<G*>* slot;
  G* g;
};

// Runs after the goroutine parked: publish it in the slot unless an edge arrived meanwhile.
void commit_wait(void* arg) {
  auto* c = static_cast<Commit*>(arg);
  G* expected = nullptr;
  waiters.fetch_add(1, std::memory_order_acq_rel);
  if (c->slot->compare_exchange_strong(expected, c->g, std::memory_order_acq_rel)) return;
  // expected == kReady: consume it and run again.
  waiters.fetch_sub(1, std::memory_order_acq_rel);
  c->slot->store(nullptr, std::memory_order_release);
  ready_from_scheduler(c->g);
}

thread_local Commit tl_commit;

}  // namespace
}  // namespace detail

using namespace detail;

namespace {
std::mutex cache_lock;
PollDesc* cache = nullptr;
}  // namespace

PollDesc* PollDesc::open(int fd) {
  netpoll_init();
  // Descriptors are collector roots (the kernel holds the only other pointer) and are recycled,
  // never freed, as Go's pollcache does: a late event for a recycled one is a harmless spurious
  // wakeup, since waiters retry their I/O.
  PollDesc* pd;
  {
    std::lock_guard<std::mutex> lg(cache_lock);
    pd = cache;
    if (pd) cache = pd->next_free_;
  }
  if (!pd) pd = static_cast<PollDesc*>(gc_alloc_root(sizeof(PollDesc)));
  ::new (pd) PollDesc();
  pd->fd_ = fd;
  struct epoll_event ev {};
  ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
  ev.data.ptr = pd;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev) != 0) {
    pd->release();
    return nullptr;
  }
  return pd;
}

void PollDesc::close() {
  closing_.store(true);
  {
    LockGuard g(lk_);
    timer_stop(&rt_);
    timer_stop(&wt_);
  }
  epoll_ctl(epfd, EPOLL_CTL_DEL, fd_, nullptr);
  notify(true, true);
  release();
}

void PollDesc::evict() {
  closing_.store(true, std::memory_order_release);
  notify(true, true);
}

PollDesc::Status PollDesc::check(int mode) const {
  if (closing_.load(std::memory_order_acquire)) return kClosing;
  if ((mode & kRead) && rd_.load(std::memory_order_acquire) < 0) return kTimeout;
  if ((mode & kWrite) && wd_.load(std::memory_order_acquire) < 0) return kTimeout;
  return kOK;
}

// Timer callbacks (under the timer heap's lock): expire the direction and wake its waiter.
void PollDesc::read_deadline(Timer* t) {
  auto* pd = static_cast<PollDesc*>(t->arg);
  pd->rd_.store(-1, std::memory_order_release);
  unblock(pd->rg_);
}

void PollDesc::write_deadline(Timer* t) {
  auto* pd = static_cast<PollDesc*>(t->arg);
  pd->wd_.store(-1, std::memory_order_release);
  unblock(pd->wg_);
}

void PollDesc::set_deadline(int64_t d, int mode) {
  // Go: poll_runtime_pollSetDeadline. A relative d > 0 becomes absolute (saturating).
  int64_t when = d;
  if (d > 0) {
    when = nanotime() + d;
    if (when <= 0) when = INT64_MAX;
  }
  LockGuard g(lk_);
  if (closing_.load(std::memory_order_acquire)) return;
  auto arm = [&](std::atomic<int64_t>& dl, Timer& t, void (*fn)(Timer*), std::atomic<G*>& slot) {
    timer_stop(&t);
    if (when < 0) {
      dl.store(-1, std::memory_order_release);
      unblock(slot);  // a blocked waiter fails now
      return;
    }
    dl.store(when, std::memory_order_release);
    if (when == 0) return;
    t.fn = fn;
    t.arg = this;
    t.period = 0;
    t.when = when;
    timer_add(&t);
  };
  if (mode & kRead) arm(rd_, rt_, &read_deadline, rg_);
  if (mode & kWrite) arm(wd_, wt_, &write_deadline, wg_);
}

void PollDesc::release() {
  std::lock_guard<std::mutex> lg(cache_lock);
  next_free_ = cache;
  cache = this;
}

void PollDesc::notify(bool readable, bool writable) {
  if (readable) unblock(rg_);
  if (writable) unblock(wg_);
}

bool PollDesc::Awaiter::await_ready() noexcept {
  G* expected = kReady;
  if (slot->compare_exchange_strong(expected, nullptr, std::memory_order_acq_rel)) return true;
  return pd->check(slot == &pd->rg_ ? kRead : kWrite) != kOK;
}

bool PollDesc::Awaiter::await_suspend(std::coroutine_handle<> h) noexcept {
  // The commit record lives in the worker's thread-local storage: the scheduler runs it on this
  // same thread right after the switch, before the worker runs anything else.
  tl_commit = {slot, current_g()};
  park(h, WaitReason::IOWait, commit_wait, &tl_commit);
  return true;
}

}  // namespace gocxx
