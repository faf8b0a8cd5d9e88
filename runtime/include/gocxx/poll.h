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
#pragma once

#include <atomic>
#include <coroutine>
#include <cstdint>

#include "gocxx/detail/g.h"

namespace gocxx {

class PollDesc {
 public:
  // Registers fd with the poller; nullptr (and errno set) on failure.
  static PollDesc* open(int fd);
  // Unregisters and wakes any waiter; the descriptor is recycled.
  void close();
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
  int fd_ = -1;
  PollDesc* next_free_ = nullptr;
  std::atomic<bool> closing_{false};
  std::atomic<detail::G*> rg_{nullptr};
  std::atomic<detail::G*> wg_{nullptr};
};

}  // namespace gocxx
