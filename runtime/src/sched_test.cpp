// Tests for the scheduler: spawning many goroutines, Gosched, goroutine counts, ids, and that
// goroutines spread over every worker.
#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Task;

Task<void> spawn_many(int64_t n, std::atomic<int64_t>* ran) {
  gocxx::WaitGroup wg;
  wg.add(n);
  for (int64_t i = 0; i < n; i++) {
    gocxx::go([&wg, ran] {
      ran->fetch_add(1, std::memory_order_relaxed);
      wg.done();
    });
  }
  co_await wg.wait();
}

TEST(Sched, OneMillionGoroutinesAllRun) {
  std::atomic<int64_t> ran{0};
  gocxx::block_on(spawn_many(1000000, &ran));
  EXPECT_EQ(ran.load(), 1000000);
}

Task<int64_t> yielder(int64_t n) {
  for (int64_t i = 0; i < n; i++) co_await gocxx::gosched();
  co_return n;
}

TEST(Sched, GoschedResumes) { EXPECT_EQ(gocxx::block_on(yielder(1000)), 1000); }

Task<std::set<std::thread::id>> spread() {
  std::mutex mu;
  std::set<std::thread::id> ids;
  gocxx::WaitGroup wg;
  for (int i = 0; i < 64; i++) {
    wg.add(1);
    gocxx::go([&] {
      // Busy work long enough for idle workers to steal.
      auto until = gocxx::nanotime() + 2 * gocxx::kMillisecond;
      while (gocxx::nanotime() < until) {
      }
      std::lock_guard<std::mutex> lg(mu);
      ids.insert(std::this_thread::get_id());
      wg.done();
    });
  }
  co_await wg.wait();
  co_return ids;
}

TEST(Sched, WorkIsStolenAcrossWorkers) {
  if (gocxx::gomaxprocs() < 2) GTEST_SKIP() << "needs 2 workers";
  auto ids = gocxx::block_on(spread());
  EXPECT_EQ(int(ids.size()), gocxx::gomaxprocs());
}

Task<int64_t> count_while_parked() {
  auto c = gocxx::Chan<int64_t>::make();
  for (int i = 0; i < 100; i++) gocxx::go([c]() -> Task<> { co_await c.recv(); });
  co_await gocxx::sleep(10 * gocxx::kMillisecond);
  int64_t n = gocxx::num_goroutine();
  c.close();
  co_return n;
}

TEST(Sched, NumGoroutineCountsParked) {
  // 100 receivers + this goroutine (block_on's).
  EXPECT_EQ(gocxx::block_on(count_while_parked()), 101);
}

}  // namespace
