// Benchmark buffered: 20M items through a channel of capacity 128, one producer, one consumer.
// Twin: bench/go/buffered/main.go.
#include "bench_util.h"

namespace {

using gocxx::Chan;
using gocxx::Task;
constexpr int64_t kN = 20000000;

Task<> produce(Chan<int64_t> c) {
  for (int64_t i = 0; i < kN; i++) co_await c.send(i);
  c.close();
}

Task<> go_main() {
  auto c = Chan<int64_t>::make(128);
  gocxx::go(produce(c));
  int64_t sum = 0, count = 0;
  for (;;) {
    auto [v, ok] = co_await c.recv2();
    if (!ok) break;
    sum += v;
    count++;
  }
  bench::println_out("buffered n=" + bench::str(count) + " sum=" + bench::str(sum));
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
