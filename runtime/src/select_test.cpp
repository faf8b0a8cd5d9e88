// Tests for select: default, readiness, nil channels, closed channels, uniform choice among
// ready cases (statistical bounds), blocking selects woken by partners, and selects racing
// with close on every worker.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <vector>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Chan;
using gocxx::Select;
using gocxx::Task;

TEST(Select, DefaultWhenNothingReady) {
  auto a = Chan<int64_t>::make();
  Chan<int64_t> nil;
  Select<2> sel;
  int64_t v;
  sel.recv(a, &v);
  sel.recv(nil, &v);
  EXPECT_EQ(sel.poll(), -1);
}

TEST(Select, ReadyBufferedCaseChosen) {
  auto a = Chan<int64_t>::make(1), b = Chan<int64_t>::make(1);
  ASSERT_TRUE(b.try_send(42));
  Select<2> sel;
  int64_t va = 0, vb = 0;
  bool ok = false;
  sel.recv(a, &va);
  sel.recv(b, &vb, &ok);
  EXPECT_EQ(sel.poll(), 1);
  EXPECT_EQ(vb, 42);
  EXPECT_TRUE(ok);
}

TEST(Select, SendCaseIntoBuffer) {
  auto a = Chan<int64_t>::make(1);
  Select<1> sel;
  int64_t x = 9;
  sel.send(a, &x);
  EXPECT_EQ(sel.poll(), 0);
  int64_t got = 0;
  EXPECT_TRUE(a.try_recv(&got));
  EXPECT_EQ(got, 9);
}

TEST(Select, ClosedChannelIsReadyWithOkFalse) {
  auto a = Chan<int64_t>::make();
  a.close();
  Select<1> sel;
  int64_t v = 5;
  bool ok = true;
  sel.recv(a, &v, &ok);
  EXPECT_EQ(sel.poll(), 0);
  EXPECT_FALSE(ok);
  EXPECT_EQ(v, 0);
}

Task<std::vector<int64_t>> blocking_select() {
  auto a = Chan<int64_t>::make(), b = Chan<int64_t>::make();
  gocxx::go([=]() -> Task<> {
    co_await gocxx::sleep(2 * gocxx::kMillisecond);
    co_await b.send(7);
  });
  Select<2> sel;
  int64_t va = 0, vb = 0;
  sel.recv(a, &va);
  sel.recv(b, &vb);
  int which = co_await sel.wait();
  co_return std::vector<int64_t>{which, vb};
}

TEST(Select, BlocksUntilPartnerSends) {
  EXPECT_EQ(gocxx::block_on(blocking_select()), (std::vector<int64_t>{1, 7}));
}

Task<int64_t> select_send_to_receiver() {
  auto a = Chan<int64_t>::make();
  auto done = Chan<int64_t>::make(1);
  gocxx::go([=]() -> Task<> { co_await done.send(co_await a.recv()); });
  Select<1> sel;
  int64_t x = 11;
  sel.send(a, &x);
  co_await sel.wait();
  co_return co_await done.recv();
}

TEST(Select, BlockingSendCase) { EXPECT_EQ(gocxx::block_on(select_send_to_receiver()), 11); }

TEST(Select, UniformAmongReadyCases) {
  // Four always-ready cases; each count must be within 5 standard deviations of n/4.
  constexpr int kCases = 4, kRounds = 200000;
  std::vector<Chan<int64_t>> cs;
  for (int i = 0; i < kCases; i++) {
    cs.push_back(Chan<int64_t>::make(1));
    ASSERT_TRUE(cs.back().try_send(i));
  }
  int counts[kCases] = {};
  for (int r = 0; r < kRounds; r++) {
    Select<kCases> sel;
    int64_t v[kCases];
    for (int i = 0; i < kCases; i++) sel.recv(cs[i], &v[i]);
    int k = sel.poll();
    ASSERT_GE(k, 0);
    counts[k]++;
    ASSERT_TRUE(cs[k].try_send(k));
  }
  double mean = double(kRounds) / kCases;
  double sd = std::sqrt(kRounds * (1.0 / kCases) * (1 - 1.0 / kCases));
  double chi2 = 0;
  for (int c : counts) {
    EXPECT_NEAR(c, mean, 5 * sd);
    chi2 += (c - mean) * (c - mean) / mean;
  }
  // 3 degrees of freedom: P(chi2 > 21.1) < 0.0001.
  EXPECT_LT(chi2, 21.1);
}

TEST(Select, SameChannelTwice) {
  auto a = Chan<int64_t>::make(1);
  ASSERT_TRUE(a.try_send(3));
  Select<2> sel;
  int64_t v1 = 0, v2 = 0;
  sel.recv(a, &v1);
  sel.recv(a, &v2);
  int k = sel.poll();
  EXPECT_TRUE((k == 0 && v1 == 3) || (k == 1 && v2 == 3));
}

// Many goroutines select between sending on a channel and a quit channel while receivers
// drain; then the data channel is closed mid-flight. Each value is delivered at most once, and
// every value whose select reported the send case was received.
Task<void> select_close_race() {
  constexpr int64_t kSenders = 8, kPer = 20000;
  auto data = Chan<int64_t>::make(8);
  auto quit = Chan<int64_t>::make();
  std::vector<std::atomic<int>> sent(kSenders * kPer), got(kSenders * kPer);
  std::atomic<int64_t> panics{0};
  gocxx::WaitGroup ws, wr;
  for (int64_t s = 0; s < kSenders; s++) {
    ws.add(1);
    gocxx::go([&, s]() -> Task<> {
      for (int64_t i = 0; i < kPer; i++) {
        int64_t v = s * kPer + i;
        Select<2> sel;
        int64_t q;
        sel.send(data, &v);
        sel.recv(quit, &q);
        try {
          if (co_await sel.wait() == 1) break;
          sent[v].store(1);
        } catch (const gocxx::PanicException&) {
          panics.fetch_add(1);
          break;
        }
      }
      ws.done();
    });
  }
  for (int r = 0; r < 3; r++) {
    wr.add(1);
    gocxx::go([&]() -> Task<> {
      for (;;) {
        Select<2> sel;
        int64_t v = -1, q;
        bool ok = false;
        sel.recv(data, &v, &ok);
        sel.recv(quit, &q);
        if (co_await sel.wait() == 1 || !ok) break;
        got[v].fetch_add(1);
      }
      // quit closes once the senders are done, possibly with values still buffered in the
      // closed data channel; a select with both ready may pick quit, so drain what is left.
      for (;;) {
        auto [v, ok] = co_await data.recv2();
        if (!ok) break;
        got[v].fetch_add(1);
      }
      wr.done();
    });
  }
  co_await gocxx::sleep(5 * gocxx::kMillisecond);
  data.close();
  co_await ws.wait();
  quit.close();
  co_await wr.wait();
  for (size_t v = 0; v < sent.size(); v++) EXPECT_EQ(got[v].load(), sent[v].load()) << v;
}

TEST(SelectStress, CloseRacesWithSelects) { gocxx::block_on(select_close_race()); }

}  // namespace
