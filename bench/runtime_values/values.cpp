// This file implements the C++ twin of main.go against the gocxx runtime: map insert/lookup
// with int and string keys, map iteration, and append growth, written as the emitter would
// write them. Each line is "<workload> <milliseconds> <checksum>"; run.sh compares the times.
#include <chrono>
#include <cstdio>
#include <string>

#include "gocxx/gocxx.h"

namespace {

constexpr int64_t n = 1000000;

template <class F>
void timeit(const char* name, F f) {
  auto start = std::chrono::steady_clock::now();
  int64_t sum = f();
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s %.2f %lld\n", name, ms, static_cast<long long>(sum));
}

}  // namespace

int main() {
  gocxx::gc_init();
  auto keys = gocxx::Slice<gocxx::String>::make(n);
  for (int64_t i = 0; i < n; i++)
    keys.at(i) = gocxx::String::copy_of("key" + std::to_string(i * 7919));

  auto mi = gocxx::Map<int64_t, int64_t>::make();
  timeit("map_int_insert", [&] {
    for (int64_t i = 0; i < n; i++) mi.ref(i * 7919) = i;
    return mi.len();
  });
  timeit("map_int_lookup", [&] {
    int64_t s = 0;
    for (int64_t r = 0; r < 4; r++)
      for (int64_t i = 0; i < n; i++) s += mi.get(i * 7919 + r);
    return s;
  });
  auto ms = gocxx::Map<gocxx::String, int64_t>::make();
  timeit("map_str_insert", [&] {
    for (int64_t i = 0; i < n; i++) ms.ref(keys.at(i)) = i;
    return ms.len();
  });
  timeit("map_str_lookup", [&] {
    int64_t s = 0;
    for (int64_t r = 0; r < 4; r++)
      for (int64_t i = 0; i < n; i++) s += ms.get(keys.at((i * 31 + r) % n));
    return s;
  });
  timeit("map_int_iterate", [&] {
    int64_t s = 0;
    for (int r = 0; r < 10; r++)
      for (auto it = mi.iter(); it.next();) s += it.key() ^ it.value();
    return s;
  });
  timeit("append_int_10M", [&] {
    gocxx::Slice<int64_t> s{};
    for (int64_t i = 0; i < 10 * n; i++) s = gocxx::append(s, i);
    return s.len + s.cap;
  });
  timeit("append_small_slices", [&] {
    int64_t t = 0;
    for (int64_t r = 0; r < n / 4; r++) {
      gocxx::Slice<int64_t> s{};
      for (int64_t i = 0; i < 20; i++) s = gocxx::append(s, i);
      t += s.at(r % 20) + s.cap;
    }
    return t;
  });
}
