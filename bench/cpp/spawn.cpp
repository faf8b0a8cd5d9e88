// Benchmark spawn: start 1M goroutines and wait for all of them with a WaitGroup.
// Twin: bench/go/spawn/main.go.
#include <atomic>

#include "bench_util.h"

namespace {

constexpr int64_t kN = 1000000;

gocxx::Task<> go_main() {
  gocxx::WaitGroup wg;
  std::atomic<int64_t> sum{0};
  for (int64_t i = 0; i < kN; i++) {
    wg.add(1);
    // go func(i int64) { atomic.AddInt64(&sum, i); wg.Done() }(int64(i))
    gocxx::go([i, &wg, &sum] {
      sum.fetch_add(i);
      wg.done();
    });
  }
  co_await wg.wait();
  bench::println_out("spawn n=" + bench::str(kN) + " sum=" + bench::str(sum.load()));
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
