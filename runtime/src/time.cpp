// This file implements Sleep, Timer, Ticker, After and Tick (see time.h) on the timer heap.
#include "gocxx/time.h"

#include "gocxx/panic.h"
#include "gocxx/sched.h"
#include "sched_internal.h"

namespace gocxx {

namespace {

void wake_sleeper(detail::Timer* t) {
  detail::ready_from_scheduler(static_cast<detail::G*>(t->arg));
}

// Adds the sleeper's timer only after the goroutine has parked, so the timer can never fire
// (and ready it) while it is still running.
void arm_after_park(void* arg) { detail::timer_add(static_cast<detail::Timer*>(arg)); }

void send_time(detail::Timer* t) {
  // Non-blocking: a reader that is slow to receive misses ticks, as in Go.
  auto* ch = static_cast<Chan<int64_t>*>(t->arg);
  ch->try_send(detail::walltime());
}

}  // namespace

bool sleep::await_suspend(std::coroutine_handle<> h) noexcept {
  timer_.when = detail::nanotime() + d_;
  if (timer_.when < 0) timer_.when = INT64_MAX;  // overflow: sleep "forever"
  timer_.fn = wake_sleeper;
  timer_.arg = detail::current_g();
  detail::park(h, detail::WaitReason::Sleep, arm_after_park, &timer_);
  return true;
}

Timer* Timer::make(int64_t d) {
  auto* t = gc_new<Timer>();
  t->c = Chan<int64_t>::make(1);
  t->t_.when = detail::nanotime() + (d > 0 ? d : 0);
  t->t_.fn = send_time;
  t->t_.arg = &t->c;
  detail::timer_add(&t->t_);
  return t;
}

bool Timer::stop() { return detail::timer_stop(&t_); }

bool Timer::reset(int64_t d) {
  return detail::timer_reset(&t_, detail::nanotime() + (d > 0 ? d : 0));
}

Ticker* Ticker::make(int64_t d) {
  if (d <= 0) panic(String("non-positive interval for NewTicker"));
  auto* k = gc_new<Ticker>();
  k->c = Chan<int64_t>::make(1);
  k->t_.when = detail::nanotime() + d;
  k->t_.period = d;
  k->t_.fn = send_time;
  k->t_.arg = &k->c;
  detail::timer_add(&k->t_);
  return k;
}

void Ticker::stop() { detail::timer_stop(&t_); }

void Ticker::reset(int64_t d) {
  if (d <= 0) panic(String("non-positive interval for Ticker.Reset"));
  t_.period = d;
  detail::timer_reset(&t_, detail::nanotime() + d);
}

Chan<int64_t> after(int64_t d) { return Timer::make(d)->c; }

Chan<int64_t> tick(int64_t d) {
  if (d <= 0) return {};
  return Ticker::make(d)->c;
}

}  // namespace gocxx
