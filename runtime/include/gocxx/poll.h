// This file implements the network poller's public API (Go: runtime/netpoll.go).
//
// A goroutine waiting for a file descriptor parks; its worker thread does not. Descriptors are
// registered once, edge-triggered, for both directions; each direction has one waiter slot
// holding nothing, a parked goroutine, or a "ready" token (an edge that arrived while nobody
// waited), exactly like Go's pollDesc rg/wg.
//
//   auto* pd = gocxx::PollDesc::open(fd);     // fd must be non-blocking
//   while (::read(fd, buf, n) < 0 && errno == EAGAIN) co_await pd->wait_read();
//   pd->close();                               // before ::close(fd)
//
// Deadlines and eviction are Go's too (poll_runtime_pollSetDeadline, pollUnblock): a deadline
// is a timer on the runtime's timer heap that marks its direction expired and wakes the waiter;
// evict() marks the descriptor closing and wakes both directions. A woken waiter asks check().
#pragma once

#include <atomic>
#include <coroutine>
#include <cstdint>

#include "gocxx/detail/g.h"
#include "gocxx/detail/lock.h"
#include "gocxx/detail/timer.h"

namespace gocxx {

class PollDesc {
 public:
  // Registers fd with the poller; nullptr (and errno set) on failure.
  static PollDesc* open(int fd);
  // Unregisters, stops the deadline timers and wakes any waiter; the descriptor is recycled.
  void close();
  // Marks the descriptor closing and wakes both directions; it stays registered (Go: evict).
  void evict();

  // Directions, combinable (Go: 'r', 'w', 'r'+'w').
  static constexpr int kRead = 1, kWrite = 2;
  // What a waiter of `mode` may do now (Go: netpollcheckerr).
  enum Status { kOK = 0, kClosing = 1, kTimeout = 2 };
  Status check(int mode) const;
  // Sets the deadline of `mode` to d nanoseconds from now: 0 none, < 0 already expired.
  void set_deadline(int64_t d, int mode);
  int fd() const { return fd_; }

  struct Awaiter {
    PollDesc* pd;
    std::atomic<detail::G*>* slot;
    bool await_ready() noexcept;
    bool await_suspend(std::coroutine_handle<> h) noexcept;
    void await_resume() const noexcept {}
  };
  // Completes when the descriptor may be readable / writable (or was closed).
  Awaiter wait_read() { return {this, &rg_}; }
  Awaiter wait_write() { return {this, &wg_}; }

  // Called by the poller for an epoll event; public for the poller's use only.
  void notify(bool readable, bool writable);

 private:
  void release();
  static void read_deadline(detail::Timer* t);
  static void write_deadline(detail::Timer* t);
  int fd_ = -1;
  PollDesc* next_free_ = nullptr;
  std::atomic<bool> closing_{false};
  std::atomic<detail::G*> rg_{nullptr};
  std::atomic<detail::G*> wg_{nullptr};
  // 0: none, -1: expired, else the nanotime() deadline. Timers fire under the timer heap's
  // lock, so timer_stop/timer_reset under lk_ are synchronous with them.
  std::atomic<int64_t> rd_{0};
  std::atomic<int64_t> wd_{0};
  detail::Lock lk_;  // serializes set_deadline and close
  detail::Timer rt_;
  detail::Timer wt_;
};

}  // namespace gocxx
