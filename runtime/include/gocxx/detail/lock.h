// This file implements the runtime's internal mutex: a futex lock with a short spin.
//
// Critical sections in the runtime (channels, the global run queue, the timer heap) are a few
// dozen instructions, so a short spin usually wins; after that the thread sleeps on the futex so
// a preempted lock holder never makes the others burn a core. Same shape as Go's lock_futex.go.
#pragma once

#include <atomic>
#include <cstdint>
#include <ctime>

namespace gocxx::detail {

// Converts a relative timeout in nanoseconds (>= 0) to a timespec.
inline struct timespec ns_to_timespec(int64_t ns) {
  return {static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
}

void futex_wait(std::atomic<uint32_t>* addr, uint32_t expected, int64_t timeout_ns = -1);
void futex_wake(std::atomic<uint32_t>* addr, int count);

// A word with std::atomic's operations that stays trivially copyable (through
// std::atomic_ref): the sync primitives live inside Go values, which are copied with memcpy
// and assigned like any struct (`pool = sync.Pool{New: f}` copies a Mutex).
template <class T>
struct Atomic {
  alignas(std::atomic_ref<T>::required_alignment) T v{};

  constexpr Atomic() = default;
  constexpr Atomic(T x) : v(x) {}
  std::atomic_ref<T> ref() const { return std::atomic_ref<T>(const_cast<T&>(v)); }
  T load(std::memory_order o = std::memory_order_seq_cst) const { return ref().load(o); }
  void store(T x, std::memory_order o = std::memory_order_seq_cst) { ref().store(x, o); }
  T exchange(T x, std::memory_order o = std::memory_order_seq_cst) { return ref().exchange(x, o); }
  bool compare_exchange_weak(T& e, T x, std::memory_order o = std::memory_order_seq_cst) {
    return ref().compare_exchange_weak(e, x, o);
  }
  bool compare_exchange_strong(T& e, T x, std::memory_order o = std::memory_order_seq_cst) {
    return ref().compare_exchange_strong(e, x, o);
  }
  T fetch_add(T d, std::memory_order o = std::memory_order_seq_cst) {
    return ref().fetch_add(d, o);
  }
};
void futex_wait(Atomic<uint32_t>* addr, uint32_t expected, int64_t timeout_ns = -1);
void futex_wake(Atomic<uint32_t>* addr, int count);

inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#endif
}

class Lock {
 public:
  void lock() {
    uint32_t expected = 0;
    if (state_.compare_exchange_strong(expected, 1, std::memory_order_acquire)) return;
    lock_slow();
  }
  bool try_lock() {
    uint32_t expected = 0;
    return state_.compare_exchange_strong(expected, 1, std::memory_order_acquire);
  }
  void unlock() {
    if (state_.exchange(0, std::memory_order_release) == 2) futex_wake(&state_, 1);
  }

 private:
  void lock_slow();
  // 0 unlocked, 1 locked, 2 locked with sleepers.
  Atomic<uint32_t> state_{0};
};

class LockGuard {
 public:
  explicit LockGuard(Lock& l) : l_(l) { l_.lock(); }
  ~LockGuard() { l_.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Lock& l_;
};

}  // namespace gocxx::detail
