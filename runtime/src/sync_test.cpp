// Tests for Mutex, RWMutex, WaitGroup, Once and Cond under contention from every worker.
#include <gtest/gtest.h>

#include <atomic>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Task;

Task<int64_t> mutex_counter(int goroutines, int iters) {
  gocxx::Mutex mu;
  gocxx::WaitGroup wg;
  int64_t counter = 0;  // plain: the mutex is what makes this correct
  for (int g = 0; g < goroutines; g++) {
    wg.add(1);
    gocxx::go([&]() -> Task<> {
      for (int i = 0; i < iters; i++) {
        co_await mu.lock();
        counter++;
        if (i % 64 == 0) co_await gocxx::gosched();  // hold the lock across a reschedule
        mu.unlock();
      }
      wg.done();
    });
  }
  co_await wg.wait();
  co_return counter;
}

TEST(Sync, MutexExcludes) { EXPECT_EQ(gocxx::block_on(mutex_counter(32, 20000)), 32 * 20000); }

Task<int64_t> rwmutex_check() {
  gocxx::RWMutex rw;
  gocxx::WaitGroup wg;
  std::atomic<int64_t> readers{0}, violations{0};
  int64_t value = 0;
  for (int g = 0; g < 16; g++) {
    wg.add(1);
    gocxx::go([&, g]() -> Task<> {
      for (int i = 0; i < 5000; i++) {
        if ((i + g) % 8 == 0) {
          co_await rw.lock();
          if (readers.load() != 0) violations++;
          value++;
          rw.unlock();
        } else {
          co_await rw.rlock();
          readers++;
          if (i % 32 == 0) co_await gocxx::gosched();
          readers--;
          rw.runlock();
        }
      }
      wg.done();
    });
  }
  co_await wg.wait();
  co_return violations.load() * 1000000 + value;
}

TEST(Sync, RWMutexWritersExcludeReaders) {
  EXPECT_EQ(gocxx::block_on(rwmutex_check()), 16 * 5000 / 8);
}

Task<int64_t> once_runs_once() {
  gocxx::Once once;
  std::atomic<int64_t> calls{0};
  gocxx::WaitGroup wg;
  for (int g = 0; g < 100; g++) {
    wg.add(1);
    gocxx::go([&]() -> Task<> {
      co_await once.run([&]() -> Task<> {
        co_await gocxx::sleep(gocxx::kMillisecond);
        calls++;
      });
      wg.done();
    });
  }
  co_await wg.wait();
  co_return calls.load();
}

TEST(Sync, OnceRunsExactlyOnce) { EXPECT_EQ(gocxx::block_on(once_runs_once()), 1); }

Task<int64_t> cond_queue() {
  gocxx::Mutex mu;
  gocxx::Cond cond(&mu);
  int64_t items = 0, consumed = 0;
  gocxx::WaitGroup wg;
  for (int c = 0; c < 4; c++) {
    wg.add(1);
    gocxx::go([&]() -> Task<> {
      for (int i = 0; i < 1000; i++) {
        co_await mu.lock();
        while (items == 0) co_await cond.wait();
        items--;
        consumed++;
        mu.unlock();
      }
      wg.done();
    });
  }
  for (int i = 0; i < 4000; i++) {
    co_await mu.lock();
    items++;
    cond.signal();
    mu.unlock();
    if (i % 100 == 0) co_await gocxx::gosched();
  }
  co_await wg.wait();
  co_return consumed;
}

TEST(Sync, CondSignalsWaiters) { EXPECT_EQ(gocxx::block_on(cond_queue()), 4000); }

TEST(Sync, NegativeWaitGroupPanics) {
  gocxx::WaitGroup wg;
  try {
    wg.add(-1);
    FAIL();
  } catch (const gocxx::PanicException& e) {
    auto* s = static_cast<const gocxx::String*>(e.record->value.data);
    EXPECT_EQ(s->view(), "sync: negative WaitGroup counter");
  }
}

}  // namespace
