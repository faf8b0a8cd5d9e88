// This file implements the futex primitives and the slow path of detail::Lock.
#include "gocxx/detail/lock.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <climits>

namespace gocxx::detail {

void futex_wait(std::atomic<uint32_t>* addr, uint32_t expected, int64_t timeout_ns) {
  struct timespec ts = ns_to_timespec(timeout_ns >= 0 ? timeout_ns : 0);
  struct timespec* tsp = timeout_ns >= 0 ? &ts : nullptr;
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAIT_PRIVATE, expected, tsp, nullptr,
          0);
}

void futex_wake(std::atomic<uint32_t>* addr, int count) {
  syscall(SYS_futex, reinterpret_cast<uint32_t*>(addr), FUTEX_WAKE_PRIVATE, count, nullptr, nullptr,
          0);
}

void futex_wait(Atomic<uint32_t>* addr, uint32_t expected, int64_t timeout_ns) {
  futex_wait(reinterpret_cast<std::atomic<uint32_t>*>(&addr->v), expected, timeout_ns);
}

void futex_wake(Atomic<uint32_t>* addr, int count) {
  futex_wake(reinterpret_cast<std::atomic<uint32_t>*>(&addr->v), count);
}

void Lock::lock_slow() {
  // Spin briefly: the holder is usually another worker a few instructions from unlocking.
  for (int i = 0; i < 64; i++) {
    for (int k = 0; k < 8; k++) cpu_relax();
    uint32_t expected = 0;
    if (state_.load(std::memory_order_relaxed) == 0 &&
        state_.compare_exchange_weak(expected, 1, std::memory_order_acquire))
      return;
  }
  // Then sleep, marking the lock contended so unlock wakes us.
  while (state_.exchange(2, std::memory_order_acquire) != 0) futex_wait(&state_, 2);
}

}  // namespace gocxx::detail
