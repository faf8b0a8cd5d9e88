// This file defines the timer record of the scheduler's timer heap (src/timer_heap.cpp) so that
// awaiters and Go-level timers can embed one without allocating.
#pragma once

#include <cstdint>

namespace gocxx::detail {

struct Timer {
  int64_t when = 0;              // nanotime() deadline
  int64_t period = 0;            // > 0: re-armed every period after firing (tickers)
  void (*fn)(Timer*) = nullptr;  // runs inside the scheduler: must not block
  void* arg = nullptr;
  int32_t index = -1;  // position in the heap, -1 while not scheduled
};

void timer_add(Timer* t);                  // t must not be scheduled
bool timer_stop(Timer* t);                 // true if t was pending
bool timer_reset(Timer* t, int64_t when);  // true if t was pending
int64_t nanotime();
int64_t walltime();

}  // namespace gocxx::detail
