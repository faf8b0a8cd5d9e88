// Benchmark select4: 4 producers each send 1M items on their own unbuffered channel; one
// consumer receives all 4M with a 4-way select. Twin: bench/go/select4/main.go.
#include "bench_util.h"

namespace {

using gocxx::Chan;
using gocxx::Task;
constexpr int64_t kPerProducer = 1000000;

Task<> produce(Chan<int64_t> c, int64_t k) {
  for (int64_t i = 0; i < kPerProducer; i++) co_await c.send(i * 4 + k);
}

Task<> go_main() {
  Chan<int64_t> c[4];
  for (int64_t k = 0; k < 4; k++) c[k] = Chan<int64_t>::make();
  for (int64_t k = 0; k < 4; k++) gocxx::go(produce(c[k], k));
  int64_t sum = 0, weighted = 0;
  int64_t counts[4] = {0, 0, 0, 0};
  for (int64_t i = 0; i < 4 * kPerProducer; i++) {
    int64_t v = 0;
    gocxx::Select<4> sel;
    sel.recv(c[0], &v);
    sel.recv(c[1], &v);
    sel.recv(c[2], &v);
    sel.recv(c[3], &v);
    int64_t k = co_await sel.wait();
    sum += v;
    weighted += v % 4 * (k + 1);
    counts[k]++;
  }
  bench::println_out("select4 n=" + bench::str(4 * kPerProducer) + " sum=" + bench::str(sum) +
                     " weighted=" + bench::str(weighted) + " counts=" + bench::str(counts[0]) +
                     "," + bench::str(counts[1]) + "," + bench::str(counts[2]) + "," +
                     bench::str(counts[3]));
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
