// Benchmark parked: 200k goroutines, each blocked in a one-level function receiving from its own
// channel; reports RSS per parked goroutine on stderr, then releases them all.
// Twin: bench/go/parked/main.go.
#include <atomic>
#include <vector>

#include "bench_util.h"

namespace {

using gocxx::Chan;
using gocxx::Task;
constexpr int64_t kN = 200000;

Task<int64_t> wait(Chan<int64_t> c) { co_return co_await c.recv(); }

Task<> worker(Chan<int64_t> c, gocxx::WaitGroup* started, gocxx::WaitGroup* finished,
              std::atomic<int64_t>* sum) {
  started->done();
  sum->fetch_add(co_await wait(c));
  finished->done();
}

Task<> go_main() {
  int64_t before = bench::rss_kb();
  // The channels are Go heap objects: the slice holding them lives in collected memory.
  gocxx::gc_vector<Chan<int64_t>> chans(kN);
  gocxx::WaitGroup started, finished;
  std::atomic<int64_t> sum{0};
  started.add(kN);
  finished.add(kN);
  for (int64_t i = 0; i < kN; i++) {
    chans[i] = Chan<int64_t>::make();
    gocxx::go(worker(chans[i], &started, &finished, &sum));
  }
  co_await started.wait();
  int64_t parked = bench::rss_kb();
  bench::println_err("metric parked_rss_kb=" + bench::str(parked) +
                     " bytes_per_goroutine=" + bench::str((parked - before) * 1024 / kN));
  for (int64_t i = 0; i < kN; i++) co_await chans[i].send(i);
  co_await finished.wait();
  bench::println_out("parked n=" + bench::str(kN) + " sum=" + bench::str(sum.load()));
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
