// Tests for channels: buffered and unbuffered transfer, FIFO order among waiters, close
// semantics and panics, len/cap, non-trivial element types, and a stress test where close
// races with senders and receivers on every worker.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <vector>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Chan;
using gocxx::Task;

std::string panic_text(const gocxx::PanicException& e) {
  gocxx::String s;
  if (gocxx::call_error_method(e.record->value, &s)) return std::string(s.view());
  return "?";
}

Task<int64_t> pingpong(int64_t n) {
  auto a = Chan<int64_t>::make(), b = Chan<int64_t>::make();
  gocxx::go([=]() -> Task<> {
    for (;;) {
      auto [v, ok] = co_await a.recv2();
      if (!ok) break;
      co_await b.send(v + 1);
    }
  });
  int64_t v = 0;
  for (int64_t i = 0; i < n; i++) {
    co_await a.send(v);
    v = co_await b.recv();
  }
  a.close();
  co_return v;
}

TEST(Chan, UnbufferedPingPong) { EXPECT_EQ(gocxx::block_on(pingpong(100000)), 100000); }

Task<std::vector<int64_t>> buffered_fifo() {
  auto c = Chan<int64_t>::make(3);
  std::vector<int64_t> out;
  co_await c.send(1);
  co_await c.send(2);
  co_await c.send(3);
  out.push_back(c.len());
  out.push_back(c.cap());
  for (int i = 0; i < 3; i++) out.push_back(co_await c.recv());
  co_return out;
}

TEST(Chan, BufferedIsFifoWithLenCap) {
  EXPECT_EQ(gocxx::block_on(buffered_fifo()), (std::vector<int64_t>{3, 3, 1, 2, 3}));
}

Task<std::vector<int64_t>> waiters_fifo() {
  auto c = Chan<int64_t>::make();
  auto order = Chan<int64_t>::make(10);
  // Receivers park in a known order (each one parks before the next starts).
  for (int64_t i = 0; i < 5; i++) {
    gocxx::go([=]() -> Task<> {
      int64_t v = co_await c.recv();
      co_await order.send(i * 10 + v);
    });
    co_await gocxx::sleep(2 * gocxx::kMillisecond);
  }
  for (int64_t v = 0; v < 5; v++) co_await c.send(v);
  std::vector<int64_t> got;
  for (int i = 0; i < 5; i++) got.push_back(co_await order.recv());
  std::sort(got.begin(), got.end());
  co_return got;
}

TEST(Chan, ParkedReceiversServedInArrivalOrder) {
  EXPECT_EQ(gocxx::block_on(waiters_fifo()), (std::vector<int64_t>{0, 11, 22, 33, 44}));
}

Task<std::vector<int64_t>> recv_after_close() {
  auto c = Chan<int64_t>::make(2);
  co_await c.send(7);
  c.close();
  std::vector<int64_t> out;
  auto r1 = co_await c.recv2();
  auto r2 = co_await c.recv2();
  int64_t r3 = co_await c.recv();
  out.push_back(std::get<0>(r1));
  out.push_back(std::get<1>(r1));
  out.push_back(std::get<0>(r2));
  out.push_back(std::get<1>(r2));
  out.push_back(r3);
  co_return out;
}

TEST(Chan, ReceiveDrainsThenZeroAfterClose) {
  EXPECT_EQ(gocxx::block_on(recv_after_close()), (std::vector<int64_t>{7, 1, 0, 0, 0}));
}

Task<std::string> send_on_closed() {
  auto c = Chan<int64_t>::make(1);
  c.close();
  try {
    co_await c.send(1);
  } catch (const gocxx::PanicException& e) {
    co_return panic_text(e);
  }
  co_return "no panic";
}

TEST(Chan, SendOnClosedPanics) {
  EXPECT_EQ(gocxx::block_on(send_on_closed()), "send on closed channel");
}

Task<std::string> blocked_sender_sees_close() {
  auto c = Chan<int64_t>::make();
  auto result = Chan<std::string>::make(1);
  gocxx::go([=]() -> Task<> {
    std::string outcome = "sent";
    try {
      co_await c.send(1);
    } catch (const gocxx::PanicException& e) {
      outcome = panic_text(e);
    }
    co_await result.send(outcome);
  });
  co_await gocxx::sleep(5 * gocxx::kMillisecond);
  c.close();
  co_return co_await result.recv();
}

TEST(Chan, CloseWakesBlockedSenderWithPanic) {
  EXPECT_EQ(gocxx::block_on(blocked_sender_sees_close()), "send on closed channel");
}

TEST(Chan, CloseOfNilAndClosedPanic) {
  Chan<int64_t> nil;
  try {
    nil.close();
    FAIL();
  } catch (const gocxx::PanicException& e) {
    EXPECT_EQ(panic_text(e), "close of nil channel");
  }
  auto c = Chan<int64_t>::make();
  c.close();
  try {
    c.close();
    FAIL();
  } catch (const gocxx::PanicException& e) {
    EXPECT_EQ(panic_text(e), "close of closed channel");
  }
  EXPECT_EQ(nil.len(), 0);
  EXPECT_EQ(nil.cap(), 0);
}

Task<std::string> strings_through_channel() {
  auto c = Chan<std::string>::make(2);
  gocxx::go([=]() -> Task<> {
    for (int i = 0; i < 100; i++) co_await c.send(std::string(100, char('a' + i % 26)));
    c.close();
  });
  std::string last;
  int n = 0;
  for (;;) {
    auto [v, ok] = co_await c.recv2();
    if (!ok) break;
    last = v;
    n++;
  }
  co_return std::to_string(n) + ":" + last.substr(0, 3);
}

TEST(Chan, NonTrivialElements) { EXPECT_EQ(gocxx::block_on(strings_through_channel()), "100:vvv"); }

TEST(Chan, TrySendTryRecv) {
  auto c = Chan<int64_t>::make(1);
  EXPECT_TRUE(c.try_send(5));
  EXPECT_FALSE(c.try_send(6));
  int64_t v = 0;
  bool ok = false;
  EXPECT_TRUE(c.try_recv(&v, &ok));
  EXPECT_EQ(v, 5);
  EXPECT_TRUE(ok);
  EXPECT_FALSE(c.try_recv(&v, &ok));
}

// Close races with senders and receivers on every worker: every value a sender reports as sent
// is received exactly once; every other sender panicked with Go's message.
Task<void> close_race(int64_t senders, int64_t per_sender, int64_t buffer) {
  auto c = Chan<int64_t>::make(buffer);
  const int64_t total = senders * per_sender;
  std::vector<std::atomic<int>> received(total);
  std::vector<std::atomic<int>> sent(total);
  std::atomic<int64_t> panics{0};
  gocxx::WaitGroup wg;
  for (int64_t s = 0; s < senders; s++) {
    wg.add(1);
    gocxx::go([&, s]() -> Task<> {
      for (int64_t i = 0; i < per_sender; i++) {
        int64_t v = s * per_sender + i;
        try {
          co_await c.send(v);
          sent[v].store(1);
        } catch (const gocxx::PanicException& e) {
          EXPECT_EQ(panic_text(e), "send on closed channel");
          panics.fetch_add(1);
          break;
        }
      }
      wg.done();
    });
  }
  gocxx::WaitGroup rg;
  for (int r = 0; r < 4; r++) {
    rg.add(1);
    gocxx::go([&]() -> Task<> {
      for (;;) {
        auto [v, ok] = co_await c.recv2();
        if (!ok) break;
        received[v].fetch_add(1);
      }
      rg.done();
    });
  }
  co_await gocxx::sleep(3 * gocxx::kMillisecond);
  c.close();
  co_await wg.wait();
  co_await rg.wait();
  for (int64_t v = 0; v < total; v++) {
    // A value counted as sent was received exactly once; one not sent never arrived.
    EXPECT_EQ(received[v].load(), sent[v].load()) << "value " << v;
  }
  EXPECT_GT(panics.load(), 0);
}

TEST(ChanStress, CloseRacesWithSendersAndReceiversUnbuffered) {
  gocxx::block_on(close_race(16, 100000, 0));
}

TEST(ChanStress, CloseRacesWithSendersAndReceiversBuffered) {
  gocxx::block_on(close_race(16, 100000, 64));
}

}  // namespace
