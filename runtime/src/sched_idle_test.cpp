// Tests of the scheduler's idle/wake protocol and its deadlock check under real parallelism:
// goroutines start, hand off and end while workers go idle in a tight loop. Each scenario runs
// as a Go program would (run_main, in a re-executed child, so the deadlock check is armed): a
// false deadlock report exits with status 2, a wrong result with status 3, and a lost wake-up
// hangs (ctest's timeout). ctest runs this binary with GOMAXPROCS=2 and GOMAXPROCS=4.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Task;
using ::testing::ExitedWithCode;

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GOCXX_TEST_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) || defined(GOCXX_TEST_TSAN)
constexpr bool kUnderTsan = true;
#else
constexpr bool kUnderTsan = false;
#endif

class SchedIdle : public ::testing::Test {
 protected:
  void SetUp() override { GTEST_FLAG_SET(death_test_style, "threadsafe"); }
};

// The body of a Go program's main: exits 3 with a message when the scenario's result is wrong.
template <class F>
Task<> expect_main(F scenario, int64_t want) {
  int64_t got = co_await scenario();
  if (got != want) {
    std::fprintf(stderr, "got %lld, want %lld\n", (long long)got, (long long)want);
    std::_Exit(3);
  }
}

Task<int64_t> trivial(int64_t x) { co_return x + 1; }

// The host thread (not a worker) starts each goroutine while the worker that ran the previous
// one is going idle: the new goroutine is counted before it reaches a run queue.
// A C++ host gets no deadlock report (another host thread may still wake goroutines), so
// this one checks liveness and results only.
TEST(SchedIdleHost, HostStartsGoroutinesWhileWorkersIdle) {
  int64_t sum = 0;
  for (int64_t i = 0; i < 200000; i++) sum += gocxx::block_on(trivial(i));
  EXPECT_EQ(sum, 200000LL * 199999 / 2 + 200000);
}

// Rounds of short goroutines that each take one hand-off and end; between rounds every
// worker but the waiting one goes idle.
Task<int64_t> fan_out_rounds(int rounds, int width) {
  int64_t total = 0;
  for (int r = 0; r < rounds; r++) {
    auto c = gocxx::Chan<int64_t>::make();
    for (int i = 0; i < width; i++) {
      gocxx::go([c, i]() -> Task<> { co_await c.send(int64_t(i)); });
    }
    for (int i = 0; i < width; i++) total += co_await c.recv();
  }
  co_return total;
}

TEST_F(SchedIdle, FanOutRoundsWhileWorkersIdle) {
  int64_t want = 20000LL * 3;  // width 3: 0+1+2 per round
  EXPECT_EXIT(gocxx::run_main(expect_main([] { return fan_out_rounds(20000, 3); }, want)),
              ExitedWithCode(0), "^$");
}

// A chain of goroutines, each started by the previous one just before it ends: at every
// moment exactly one goroutine exists, and it is often in flight between workers.
Task<void> relay(int64_t left, gocxx::Chan<int64_t> done) {
  if (left == 0) {
    co_await done.send(1);
    co_return;
  }
  gocxx::go(relay(left - 1, done));
}

Task<int64_t> relays(int n) {
  int64_t got = 0;
  for (int i = 0; i < n; i++) {
    auto done = gocxx::Chan<int64_t>::make();
    gocxx::go(relay(2000, done));
    got += co_await done.recv();
  }
  co_return got;
}

TEST_F(SchedIdle, RelayOfSingleGoroutines) {
  EXPECT_EXIT(gocxx::run_main(expect_main([] { return relays(50); }, 50)), ExitedWithCode(0), "^$");
}

// A timer is the only thing that can wake anyone: every worker sleeps until it fires.
Task<int64_t> sleepers(int n) {
  int64_t woke = 0;
  for (int i = 0; i < n; i++) {
    co_await gocxx::sleep(50 * gocxx::kMicrosecond);
    woke++;
  }
  co_return woke;
}

TEST_F(SchedIdle, TimerWakesWhenEveryWorkerSleeps) {
  EXPECT_EXIT(gocxx::run_main(expect_main([] { return sleepers(2000); }, 2000)), ExitedWithCode(0),
              "^$");
}

// Ping-pong across unbuffered channels with a third goroutine waking up by timer: readying a
// goroutine into runnext must never strand it while the other workers sleep.
Task<int64_t> ping_pong(int64_t n) {
  auto a = gocxx::Chan<int64_t>::make();
  auto b = gocxx::Chan<int64_t>::make();
  gocxx::go([a, b, n]() -> Task<> {
    for (int64_t i = 0; i < n; i++) co_await b.send(co_await a.recv() + 1);
  });
  int64_t v = 0;
  for (int64_t i = 0; i < n; i++) {
    co_await a.send(v);
    v = co_await b.recv();
    if (i % 1000 == 0) co_await gocxx::sleep(10 * gocxx::kMicrosecond);
  }
  co_return v;
}

TEST_F(SchedIdle, PingPongWithSleeps) {
  EXPECT_EXIT(gocxx::run_main(expect_main([] { return ping_pong(200000); }, 200000)),
              ExitedWithCode(0), "^$");
}

// Goroutine 1 starts, prints nothing and returns, with workers racing to go idle: the start
// of the main goroutine itself (counted by the main thread, queued for the workers).
TEST_F(SchedIdle, EmptyMainManyTimes) {
  constexpr int kRuns = kUnderTsan ? 30 : 300;  // each child pays TSan's start-up
  for (int i = 0; i < kRuns; i++) {
    EXPECT_EXIT(gocxx::run_main(expect_main([]() -> Task<int64_t> { co_return 0; }, 0)),
                ExitedWithCode(0), "^$");
  }
}

}  // namespace
