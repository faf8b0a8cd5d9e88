// Tests for Task<T>: nested awaiting, results, panics crossing frames, frame recycling, and
// deep chains of blocking calls (symmetric transfer must not grow the thread stack).
#include <gtest/gtest.h>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Task;

Task<int64_t> add_one(int64_t x) { co_return x + 1; }

Task<int64_t> add_three(int64_t x) {
  int64_t a = co_await add_one(x);
  int64_t b = co_await add_one(a);
  co_return co_await add_one(b);
}

TEST(Task, NestedAwaitReturnsValues) { EXPECT_EQ(gocxx::block_on(add_three(4)), 7); }

Task<int64_t> depth(int64_t n) {
  if (n == 0) co_return 0;
  co_return 1 + co_await depth(n - 1);
}

TEST(Task, DeepBlockingRecursionRuns) {
  // One million nested coroutine frames: the chain lives on the heap.
  EXPECT_EQ(gocxx::block_on(depth(1000000)), 1000000);
}

Task<void> thrower() {
  gocxx::panic(gocxx::String("boom"));
  co_return;
}

Task<int64_t> catcher() {
  try {
    co_await thrower();
  } catch (const gocxx::PanicException& e) {
    gocxx::String s = *static_cast<const gocxx::String*>(e.record->value.data);
    co_return s == gocxx::String("boom") ? 1 : 2;
  }
  co_return 0;
}

TEST(Task, PanicPropagatesThroughFrames) { EXPECT_EQ(gocxx::block_on(catcher()), 1); }

TEST(Task, PanicReachesBlockOnCaller) {
  EXPECT_THROW(gocxx::block_on(thrower()), gocxx::PanicException);
}

Task<int64_t> sum_calls(int64_t n) {
  int64_t s = 0;
  for (int64_t i = 0; i < n; i++) s += co_await add_one(i);
  co_return s;
}

TEST(Task, ManySequentialCallsReuseFrames) {
  // 10M calls would exhaust memory quickly if frames were not recycled.
  EXPECT_EQ(gocxx::block_on(sum_calls(10000000)), 10000000LL * 9999999 / 2 + 10000000);
}

}  // namespace
