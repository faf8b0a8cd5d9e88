// Tests for sleeping and timers: ordering by deadline, many concurrent sleepers on the heap,
// After, Timer Stop/Reset, Ticker, and the sleep being at least as long as asked.
#include <gtest/gtest.h>

#include <vector>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Chan;
using gocxx::kMillisecond;
using gocxx::Task;

Task<std::vector<int64_t>> wake_order() {
  auto out = Chan<int64_t>::make(10);
  for (int64_t d : {30, 10, 20}) {
    gocxx::go([=]() -> Task<> {
      co_await gocxx::sleep(d * kMillisecond);
      co_await out.send(d);
    });
  }
  std::vector<int64_t> got;
  for (int i = 0; i < 3; i++) got.push_back(co_await out.recv());
  co_return got;
}

TEST(Time, SleepersWakeByDeadline) {
  EXPECT_EQ(gocxx::block_on(wake_order()), (std::vector<int64_t>{10, 20, 30}));
}

Task<int64_t> sleep_duration() {
  int64_t t0 = gocxx::nanotime();
  co_await gocxx::sleep(20 * kMillisecond);
  co_return gocxx::nanotime() - t0;
}

TEST(Time, SleepLastsAtLeastTheDuration) {
  int64_t d = gocxx::block_on(sleep_duration());
  EXPECT_GE(d, 20 * kMillisecond);
  EXPECT_LT(d, 200 * kMillisecond);
}

Task<int64_t> many_sleepers(int n) {
  gocxx::WaitGroup wg;
  std::atomic<int64_t> woke{0};
  wg.add(n);
  for (int i = 0; i < n; i++) {
    gocxx::go([&, i]() -> Task<> {
      co_await gocxx::sleep((10 + i % 50) * kMillisecond);
      woke++;
      wg.done();
    });
  }
  co_await wg.wait();
  co_return woke.load();
}

TEST(Time, HundredThousandSleepers) { EXPECT_EQ(gocxx::block_on(many_sleepers(100000)), 100000); }

Task<int64_t> after_vs_stop() {
  auto t = gocxx::Timer::make(50 * kMillisecond);
  bool stopped = t->stop();
  auto fired = gocxx::after(5 * kMillisecond);
  co_await fired.recv();
  int64_t v;
  bool got = t->c.try_recv(&v);
  co_return (stopped ? 1 : 0) + (got ? 10 : 0);
}

TEST(Time, TimerStopPreventsFiring) { EXPECT_EQ(gocxx::block_on(after_vs_stop()), 1); }

Task<int64_t> timer_reset() {
  auto t = gocxx::Timer::make(1000 * kMillisecond);
  bool was = t->reset(5 * kMillisecond);
  int64_t when = co_await t->c.recv();
  co_return (was ? 1 : 0) + (when > 0 ? 10 : 0);
}

TEST(Time, TimerResetFiresAtNewDeadline) { EXPECT_EQ(gocxx::block_on(timer_reset()), 11); }

Task<int64_t> ticker_ticks() {
  auto k = gocxx::Ticker::make(5 * kMillisecond);
  int64_t prev = 0, ok = 0;
  for (int i = 0; i < 5; i++) {
    int64_t t = co_await k->c.recv();
    if (t > prev) ok++;
    prev = t;
  }
  k->stop();
  co_return ok;
}

TEST(Time, TickerTicksRepeatedly) { EXPECT_EQ(gocxx::block_on(ticker_ticks()), 5); }

TEST(Time, TickOfNonPositiveIsNil) { EXPECT_FALSE(bool(gocxx::tick(0))); }

}  // namespace
