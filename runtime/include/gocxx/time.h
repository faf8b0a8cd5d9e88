// This file implements the runtime side of Go's time package: Sleep, After, Tick, Timer and
// Ticker on the scheduler's timer heap (no thread per sleeper), on the monotonic clock.
//
// Go:                                C++ (inside a Task coroutine):
//   time.Sleep(2 * time.Second)        co_await gocxx::sleep(2 * gocxx::kSecond);
//   <-time.After(d)                    co_await gocxx::after(d).recv();
//   t := time.NewTimer(d); t.Stop()    auto* t = gocxx::Timer::make(d); t->stop();
//   k := time.NewTicker(d); <-k.C      auto* k = gocxx::Ticker::make(d); co_await k->c.recv();
// Channels carry the firing time as nanoseconds since the Unix epoch; the std `time` package
// wraps them into time.Time values.
#pragma once

#include <coroutine>
#include <cstdint>

#include "gocxx/chan.h"
#include "gocxx/detail/g.h"
#include "gocxx/detail/timer.h"

namespace gocxx {

constexpr int64_t kNanosecond = 1;
constexpr int64_t kMicrosecond = 1000;
constexpr int64_t kMillisecond = 1000 * kMicrosecond;
constexpr int64_t kSecond = 1000 * kMillisecond;
constexpr int64_t kMinute = 60 * kSecond;
constexpr int64_t kHour = 60 * kMinute;

// Monotonic nanoseconds (fake-time aware) and wall-clock nanoseconds since the epoch.
inline int64_t nanotime() { return detail::nanotime(); }
inline int64_t walltime() { return detail::walltime(); }

// time.Sleep(d): `co_await gocxx::sleep(d);` returns at once for d <= 0.
class sleep {
 public:
  explicit sleep(int64_t d) : d_(d) {}
  bool await_ready() const noexcept { return d_ <= 0; }
  bool await_suspend(std::coroutine_handle<> h) noexcept;
  void await_resume() const noexcept {}

 private:
  int64_t d_;
  detail::Timer timer_;
};

// time.Timer: C receives the firing time once; stop/reset report whether it was pending.
class Timer {
 public:
  static Timer* make(int64_t d);
  bool stop();
  bool reset(int64_t d);
  Chan<int64_t> c;

 private:
  friend class Ticker;
  static void fire(detail::Timer* t);
  detail::Timer t_;
};

// time.Ticker: C receives the time every period, dropping ticks a slow reader misses.
class Ticker {
 public:
  static Ticker* make(int64_t d);  // panics on d <= 0 like Go
  void stop();
  void reset(int64_t d);
  Chan<int64_t> c;

 private:
  detail::Timer t_;
};

// time.After(d) and time.Tick(d) (Tick returns a nil channel for d <= 0).
Chan<int64_t> after(int64_t d);
Chan<int64_t> tick(int64_t d);

}  // namespace gocxx
