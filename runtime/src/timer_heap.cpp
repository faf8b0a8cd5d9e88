// This file implements the timer heap (see timer_heap.h): a 4-ary min-heap as in Go's
// runtime/time.go, in memory the collector scans, so timers referenced only from the heap
// (time.AfterFunc, a dropped time.After channel) stay alive until they fire.
#include "timer_heap.h"

#include <time.h>

#include <atomic>
#include <climits>
#include <cstdlib>

#include "gocxx/detail/lock.h"
#include "gocxx/gc.h"
#include "sched_internal.h"

namespace gocxx::detail {
namespace {

Lock heap_lock;
gc_vector<Timer*>* heap;  // allocated at init so its buffer is scanned
std::atomic<int64_t> next_when{INT64_MAX};
std::atomic<int64_t> pending{0};

bool fake_mode = false;
std::atomic<int64_t> fake_now{0};
int64_t wall_at_start = 0;
int64_t mono_at_start = 0;

int64_t raw_clock(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void sift_up(int32_t i) {
  auto& h = *heap;
  Timer* t = h[i];
  while (i > 0) {
    int32_t p = (i - 1) / 4;
    if (t->when >= h[p]->when) break;
    h[i] = h[p];
    h[i]->index = i;
    i = p;
  }
  h[i] = t;
  t->index = i;
}

void sift_down(int32_t i) {
  auto& h = *heap;
  int32_t n = int32_t(h.size());
  Timer* t = h[i];
  for (;;) {
    int32_t c = 4 * i + 1;
    if (c >= n) break;
    int32_t best = c;
    for (int32_t k = c + 1; k < c + 4 && k < n; k++)
      if (h[k]->when < h[best]->when) best = k;
    if (h[best]->when >= t->when) break;
    h[i] = h[best];
    h[i]->index = i;
    i = best;
  }
  h[i] = t;
  t->index = i;
}

void publish_next() {
  next_when.store(heap->empty() ? INT64_MAX : (*heap)[0]->when, std::memory_order_release);
  pending.store(int64_t(heap->size()), std::memory_order_release);
}

void remove_at(int32_t i) {
  auto& h = *heap;
  Timer* last = h.back();
  h.pop_back();
  h[i]->index = -1;
  if (i < int32_t(h.size())) {
    h[i] = last;
    last->index = i;
    sift_down(i);
    sift_up(last->index);
  }
}

void insert_locked(Timer* t) {
  heap->push_back(t);
  sift_up(int32_t(heap->size() - 1));
}

}  // namespace

void clock_init() {
  static bool done = false;
  if (done) return;
  done = true;
  heap = ::new (gc_alloc_root(sizeof(gc_vector<Timer*>))) gc_vector<Timer*>();
  heap->reserve(64);
  const char* ft = std::getenv("GOCXX_FAKETIME");
  fake_mode = ft != nullptr && ft[0] != '\0' && ft[0] != '0';
  wall_at_start = raw_clock(CLOCK_REALTIME);
  mono_at_start = raw_clock(CLOCK_MONOTONIC);
  fake_now.store(mono_at_start);
}

bool fake_time_enabled() { return fake_mode; }

int64_t nanotime() {
  if (fake_mode) return fake_now.load(std::memory_order_acquire);
  return raw_clock(CLOCK_MONOTONIC);
}

int64_t walltime() {
  if (fake_mode) return wall_at_start + (nanotime() - mono_at_start);
  return raw_clock(CLOCK_REALTIME);
}

void timer_add(Timer* t) {
  int64_t old_next;
  // Read under the lock: once it is released the timer may fire on another worker and its
  // owner (a sleeping goroutine's frame) may resume and reuse it.
  int64_t when;
  {
    LockGuard g(heap_lock);
    old_next = next_when.load(std::memory_order_relaxed);
    when = t->when;
    insert_locked(t);
    publish_next();
  }
  if (when < old_next) timer_deadline_changed(when);
}

bool timer_stop(Timer* t) {
  LockGuard g(heap_lock);
  if (t->index < 0) return false;
  remove_at(t->index);
  publish_next();
  return true;
}

bool timer_reset(Timer* t, int64_t when) {
  bool was_pending;
  int64_t old_next;
  {
    LockGuard g(heap_lock);
    was_pending = t->index >= 0;
    if (was_pending) remove_at(t->index);
    t->when = when;
    old_next = next_when.load(std::memory_order_relaxed);
    insert_locked(t);
    publish_next();
  }
  if (when < old_next) timer_deadline_changed(when);
  return was_pending;
}

int timers_run(int64_t now) {
  if (next_when.load(std::memory_order_acquire) > now) return 0;
  int fired = 0;
  LockGuard g(heap_lock);
  while (!heap->empty() && (*heap)[0]->when <= now) {
    Timer* t = (*heap)[0];
    remove_at(0);
    if (t->period > 0) {
      // Re-arm at the next period boundary after now, skipping missed ticks as Go does.
      t->when += t->period * (1 + (now - t->when) / t->period);
      insert_locked(t);
    }
    t->fn(t);
    fired++;
  }
  publish_next();
  return fired;
}

int64_t timers_next_when() { return next_when.load(std::memory_order_acquire); }
int64_t timers_pending() { return pending.load(std::memory_order_acquire); }

bool advance_fake_clock() {
  int64_t w = next_when.load(std::memory_order_acquire);
  if (w == INT64_MAX) return false;
  if (w > fake_now.load()) fake_now.store(w, std::memory_order_release);
  return true;
}

}  // namespace gocxx::detail
