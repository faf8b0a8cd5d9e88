// This file implements package time's externs (runtime/std/time/time.go, sleep.go): the
// clocks (wall and monotonic, fake-time aware), Sleep, and the runtimeTimer interface over
// the scheduler's timer heap (Go: runtime/time.go). A runtimeTimer embeds its heap record
// (`rt`, a gocxx::detail::Timer); the heap calls back into Go with f(arg, seq).
#pragma once

#include <type_traits>

namespace go::time {

// Go's time_now: wall seconds and nanoseconds, and the monotonic clock.
inline std::tuple<int64_t, int32_t, int64_t> now() {
  int64_t wall = gocxx::walltime();
  int64_t sec = wall / 1000000000, nsec = wall % 1000000000;
  if (nsec < 0) {
    nsec += 1000000000;
    sec--;
  }
  return {sec, int32_t(nsec), gocxx::nanotime()};
}

inline int64_t runtimeNano() { return gocxx::nanotime(); }

inline gocxx::Task<> Sleep(Duration d) { co_await gocxx::sleep(d); }

namespace ext {
// Runs on the timer heap, under its lock: f must not block or touch timers. sendTime and
// goFunc never do; if the program made f's func type a coroutine, it runs as a goroutine.
template <class RT = runtimeTimer>
inline void fire(gocxx::detail::Timer* ht) {
  auto* t = static_cast<RT*>(ht->arg);
  auto f = t->f;
  gocxx::Any arg = t->arg;
  uint64_t seq = t->seq;
  using R = decltype(f(arg, seq));
  if constexpr (std::is_void_v<R>) {
    f(arg, seq);
  } else {
    gocxx::go([f, arg, seq]() -> gocxx::Task<> { co_await f(arg, seq); });
  }
}
inline void arm(runtimeTimer* t) {
  t->rt.fn = &fire<>;
  t->rt.arg = t;
  t->rt.period = t->period;
  t->rt.when = t->when;
}
}  // namespace ext

inline void startTimer(runtimeTimer* t) {
  ext::arm(t);
  gocxx::detail::timer_add(&t->rt);
}

inline bool stopTimer(runtimeTimer* t) { return gocxx::detail::timer_stop(&t->rt); }

inline bool resetTimer(runtimeTimer* t, int64_t when) {
  t->when = when;
  ext::arm(t);  // a timer reset before it was ever started needs its callback
  return gocxx::detail::timer_reset(&t->rt, when);
}

// Go's modtimer: the fields change while the timer is off the heap.
inline void modTimer(runtimeTimer* t, int64_t when, int64_t period, decltype(runtimeTimer{}.f) f,
                     gocxx::Any arg, uint64_t seq) {
  gocxx::detail::timer_stop(&t->rt);
  t->when = when;
  t->period = period;
  t->f = f;
  t->arg = arg;
  t->seq = seq;
  ext::arm(t);
  gocxx::detail::timer_add(&t->rt);
}

}  // namespace go::time
