// This file implements the scheduler's timer heap and the runtime clock (Go: runtime/time.go).
//
// One heap for the whole process, ordered by deadline, guarded by one lock. Timer callbacks run
// on a worker inside the scheduler with that lock held, so they must be short and must not
// block: they ready a goroutine or do a non-blocking channel send. Lock order: timers, then a
// channel, then the scheduler.
#pragma once

#include <cstdint>

#include "gocxx/detail/timer.h"

namespace gocxx::detail {

// nanotime() is the monotonic clock; in fake-time mode it moves only when every goroutine is
// blocked (see advance_fake_clock). walltime() is fake-aware too.
bool fake_time_enabled();

// Runs every timer due at `now`; returns how many fired.
int timers_run(int64_t now);
// Deadline of the earliest timer, or INT64_MAX.
int64_t timers_next_when();
int64_t timers_pending();

// Fake time: jumps the clock to the earliest deadline. False if there is no timer.
bool advance_fake_clock();

void clock_init();

}  // namespace gocxx::detail
