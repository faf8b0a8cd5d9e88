// Benchmark sleepers: 100k goroutines each sleep 10-50 ms (a fixed function of the index) and
// the main goroutine waits for all. Twin: bench/go/sleepers/main.go.
#include <atomic>

#include "bench_util.h"

namespace {

using gocxx::Task;
constexpr int64_t kN = 100000;

Task<> sleeper(int64_t i, gocxx::WaitGroup* wg, std::atomic<int64_t>* total) {
  int64_t ms = 10 + i * 7919 % 41;
  co_await gocxx::sleep(ms * gocxx::kMillisecond);
  total->fetch_add(ms);
  wg->done();
}

Task<> go_main() {
  gocxx::WaitGroup wg;
  std::atomic<int64_t> total{0};
  wg.add(kN);
  for (int64_t i = 0; i < kN; i++) gocxx::go(sleeper(i, &wg, &total));
  co_await wg.wait();
  bench::println_out("sleepers n=" + bench::str(kN) + " total_ms=" + bench::str(total.load()));
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
