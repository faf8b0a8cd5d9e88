// Benchmark sieve: the classic concurrent prime sieve with 2000 filter goroutines; prints the
// 2000th prime. Twin: bench/go/sieve/main.go.
#include "bench_util.h"

namespace {

using gocxx::Chan;
using gocxx::Task;
constexpr int64_t kPrimes = 2000;

Task<> generate(Chan<int64_t> ch) {
  for (int64_t i = 2;; i++) co_await ch.send(i);
}

Task<> filter(Chan<int64_t> in, Chan<int64_t> out, int64_t prime) {
  for (;;) {
    int64_t i = co_await in.recv();
    if (i % prime != 0) co_await out.send(i);
  }
}

Task<> go_main() {
  auto ch = Chan<int64_t>::make();
  gocxx::go(generate(ch));
  int64_t prime = 0, sum = 0;
  for (int64_t i = 0; i < kPrimes; i++) {
    prime = co_await ch.recv();
    sum += prime;
    auto ch1 = Chan<int64_t>::make();
    gocxx::go(filter(ch, ch1, prime));
    ch = ch1;
  }
  bench::println_out("sieve n=" + bench::str(kPrimes) + " prime=" + bench::str(prime) +
                     " sum=" + bench::str(sum));
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
