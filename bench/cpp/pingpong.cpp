// Benchmark pingpong: 1M round trips between two goroutines over two unbuffered channels.
// Twin: bench/go/pingpong/main.go.
#include "bench_util.h"

namespace {

using gocxx::Chan;
using gocxx::Task;
constexpr int64_t kN = 1000000;

Task<> pinger(Chan<int64_t> ping, Chan<int64_t> pong, Chan<int64_t> done) {
  int64_t sum = 0;
  for (int64_t i = 0; i < kN; i++) {
    co_await ping.send(i);
    sum += co_await pong.recv();
  }
  ping.close();
  co_await done.send(sum);
}

Task<> ponger(Chan<int64_t> ping, Chan<int64_t> pong) {
  for (;;) {
    auto [v, ok] = co_await ping.recv2();
    if (!ok) break;
    co_await pong.send(v + 1);
  }
}

Task<> go_main() {
  auto ping = Chan<int64_t>::make();
  auto pong = Chan<int64_t>::make();
  auto done = Chan<int64_t>::make();
  gocxx::go(ponger(ping, pong));
  gocxx::go(pinger(ping, pong, done));
  int64_t sum = co_await done.recv();
  bench::println_out("pingpong n=" + bench::str(kN) + " sum=" + bench::str(sum));
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
