// Tests for map.h: nil maps, insert/lookup/update/delete, a million entries, float keys (+0/-0,
// NaN), interface keys and their unhashable panics, struct and array keys, and iteration with
// Go's rules: random start, entries deleted before they are reached never produced, entries
// never produced twice even when the table grows mid-iteration.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gocxx/gocxx.h"
#include "test_panic.h"

namespace {

using gocxx::Any;
using gocxx::Map;
using gocxx::String;
using gocxx_test::catch_panic;
using gocxx_test::str;

TEST(Map, NilMap) {
  Map<int64_t, int64_t> m{};
  EXPECT_TRUE(m == nullptr);
  EXPECT_EQ(m.get(1), 0);
  auto [v, ok] = m.get2(1);
  EXPECT_EQ(v, 0);
  EXPECT_FALSE(ok);
  EXPECT_EQ(m.len(), 0);
  m.del(1);
  for (auto it = m.iter(); it.next();) ADD_FAILURE();
  auto p = catch_panic([&] { m.ref(1) = 2; });
  EXPECT_EQ(p.text, "assignment to entry in nil map");
  EXPECT_EQ(p.type, "runtime.plainError");
  static_assert(std::is_trivially_copyable_v<Map<String, String>>);
}

TEST(Map, InsertLookupUpdateDelete) {
  auto m = Map<String, int64_t>::make();
  EXPECT_FALSE(m == nullptr);
  EXPECT_EQ(m.len(), 0);
  m.ref("a") = 1;
  m.ref("b") = 2;
  m.ref(String::copy_of("a")) += 10;
  EXPECT_EQ(m.len(), 2);
  EXPECT_EQ(m.get("a"), 11);
  EXPECT_EQ(m.get("b"), 2);
  EXPECT_EQ(m.get("c"), 0);
  auto [v, ok] = m.get2("b");
  EXPECT_TRUE(ok);
  EXPECT_EQ(v, 2);
  m.del("a");
  m.del("zzz");
  EXPECT_EQ(m.len(), 1);
  EXPECT_FALSE(std::get<1>(m.get2("a")));
  auto copy = m;  // maps are references
  copy.set("c", 3);
  EXPECT_EQ(m.get("c"), 3);
}

TEST(Map, FromLiteral) {
  auto m = Map<String, int64_t>::from({{"x", 1}, {"y", 2}, {"x", 3}});
  EXPECT_EQ(m.len(), 2);
  EXPECT_EQ(m.get("x"), 3);  // the later key wins
}

TEST(Map, MillionIntKeys) {
  const int64_t n = 1000000;
  auto m = Map<int64_t, int64_t>::make();
  for (int64_t i = 0; i < n; i++) m.ref(i * 7919) = i;
  EXPECT_EQ(m.len(), n);
  for (int64_t i = 0; i < n; i++) ASSERT_EQ(m.get(i * 7919), i);
  EXPECT_FALSE(std::get<1>(m.get2(-1)));
  for (int64_t i = 0; i < n; i += 2) m.del(i * 7919);
  EXPECT_EQ(m.len(), n / 2);
  for (int64_t i = 0; i < n; i++) ASSERT_EQ(std::get<1>(m.get2(i * 7919)), i % 2 == 1);
  int64_t count = 0, sum = 0;
  for (auto it = m.iter(); it.next();) {
    count++;
    sum += it.value();
  }
  EXPECT_EQ(count, n / 2);
  EXPECT_EQ(sum, (n / 2) * (n / 2));  // 1 + 3 + ... + (n-1)
}

TEST(Map, MillionStringKeysSurviveCollection) {
  const int n = 1000000;
  auto m = Map<String, String>::make(16);
  for (int i = 0; i < n; i++) {
    String k = String::copy_of("key" + std::to_string(i));
    m.ref(k) = String::copy_of(std::to_string(i));
  }
  GC_gcollect();
  EXPECT_EQ(m.len(), n);
  for (int i = 0; i < n; i += 1013)
    ASSERT_EQ(str(m.get(String::copy_of("key" + std::to_string(i)))), std::to_string(i));
}

TEST(Map, HintPreallocates) {
  auto m = Map<int64_t, int64_t>::make(1000);
  uint64_t mask = m.raw()->mask;
  for (int64_t i = 0; i < 1000; i++) m.ref(i) = i;
  EXPECT_EQ(m.raw()->mask, mask);              // no growth
  auto neg = Map<int64_t, int64_t>::make(-5);  // Go ignores a negative runtime hint
  neg.ref(1) = 1;
  EXPECT_EQ(neg.len(), 1);
}

TEST(Map, TombstoneChurnStaysBounded) {
  auto m = Map<int64_t, int64_t>::make();
  for (int64_t i = 0; i < 1000000; i++) {
    m.ref(i) = i;
    if (i >= 100) m.del(i - 100);
  }
  EXPECT_EQ(m.len(), 100);
  EXPECT_LE(m.raw()->mask + 1, 512u);
  for (int64_t i = 1000000 - 100; i < 1000000; i++) ASSERT_EQ(m.get(i), i);
}

TEST(Map, FloatKeys) {
  auto m = Map<double, int64_t>::make();
  m.ref(0.0) = 1;
  m.ref(-0.0) += 1;  // the same key
  EXPECT_EQ(m.len(), 1);
  EXPECT_EQ(m.get(-0.0), 2);
  double nan = std::nan("");
  m.ref(nan) = 10;
  m.ref(nan) = 20;  // each NaN insert adds an entry
  EXPECT_EQ(m.len(), 3);
  EXPECT_FALSE(std::get<1>(m.get2(nan)));
  m.del(nan);  // cannot delete a NaN
  EXPECT_EQ(m.len(), 3);
  int nans = 0;
  int64_t nan_sum = 0;
  for (auto it = m.iter(); it.next();) {
    if (std::isnan(it.key())) {
      nans++;
      nan_sum += it.value();
    }
  }
  EXPECT_EQ(nans, 2);
  EXPECT_EQ(nan_sum, 30);
  // A NaN-keyed entry survives growth and is still iterated (from the old table, too).
  for (int i = 0; i < 1000; i++) m.ref(i + 0.5) = i;
  nans = 0;
  for (auto it = m.iter(); it.next();) {
    if (nans == 0 && it.key() == it.key())
      for (int i = 1000; i < 3000; i++) m.ref(i + 0.5) = i;  // grow mid-iteration
    nans += std::isnan(it.key());
  }
  EXPECT_EQ(nans, 2);
}

TEST(Map, IterationVisitsEachOnceFromRandomStarts) {
  auto m = Map<int64_t, int64_t>::make();
  for (int64_t i = 0; i < 100; i++) m.ref(i) = i * i;
  std::set<int64_t> firsts;
  for (int round = 0; round < 50; round++) {
    std::set<int64_t> seen;
    bool first = true;
    for (auto it = m.iter(); it.next();) {
      EXPECT_TRUE(seen.insert(it.key()).second);
      EXPECT_EQ(it.value(), it.key() * it.key());
      if (first) firsts.insert(it.key());
      first = false;
    }
    EXPECT_EQ(seen.size(), 100u);
  }
  EXPECT_GT(firsts.size(), 5u);  // Go randomizes each range loop's starting point
}

TEST(Map, DeleteDuringIterationSkipsUnreached) {
  auto m = Map<int64_t, int64_t>::make();
  for (int64_t i = 0; i < 1000; i++) m.ref(i) = i;
  int produced = 0;
  for (auto it = m.iter(); it.next();) {
    produced++;
    // Delete everything else: nothing more may be produced.
    for (int64_t i = 0; i < 1000; i++)
      if (i != it.key()) m.del(i);
  }
  EXPECT_EQ(produced, 1);
  EXPECT_EQ(m.len(), 1);
}

TEST(Map, DeleteEachAsReached) {
  auto m = Map<int64_t, int64_t>::make();
  for (int64_t i = 0; i < 5000; i++) m.ref(i) = i;
  int produced = 0;
  for (auto it = m.iter(); it.next();) {
    produced++;
    m.del(it.key());
  }
  EXPECT_EQ(produced, 5000);
  EXPECT_EQ(m.len(), 0);
}

TEST(Map, GrowthDuringIterationNeverRepeats) {
  for (int round = 0; round < 20; round++) {
    auto m = Map<int64_t, int64_t>::make();
    const int64_t n = 200;
    for (int64_t i = 0; i < n; i++) m.ref(i) = i;
    std::set<int64_t> seen;
    std::set<int64_t> deleted;
    int64_t next = n;
    for (auto it = m.iter(); it.next();) {
      ASSERT_TRUE(seen.insert(it.key()).second) << "produced twice: " << it.key();
      ASSERT_FALSE(deleted.count(it.key())) << "produced after deletion: " << it.key();
      // Insert enough to force several rehashes, delete an original not seen yet, and update
      // another: a later visit must see the update (the current value, even from a stale table).
      for (int k = 0; k < 50; k++, next++) m.ref(next) = next;
      for (int64_t d = 0; d < n; d++) {
        if (!seen.count(d) && !deleted.count(d)) {
          m.del(d);
          deleted.insert(d);
          break;
        }
      }
      for (int64_t u = n - 1; u >= 0; u--) {
        if (!seen.count(u) && !deleted.count(u)) {
          m.ref(u) = -u - 1;
          break;
        }
      }
      if (it.key() < n && !deleted.count(it.key()) && it.value() != it.key()) {
        ASSERT_EQ(it.value(), -it.key() - 1);
      }
    }
    // Every original entry was produced or deleted before it was reached.
    for (int64_t i = 0; i < n; i++) ASSERT_TRUE(seen.count(i) + deleted.count(i) == 1) << i;
  }
}

TEST(Map, InsertedDuringIterationAtMostOnce) {
  auto m = Map<int64_t, int64_t>::make();
  for (int64_t i = 0; i < 10; i++) m.ref(i) = i;
  std::map<int64_t, int> seen;
  int64_t next = 10;
  for (auto it = m.iter(); it.next();) {
    ASSERT_EQ(++seen[it.key()], 1);
    if (next < 100000) m.ref(next++) = 0;
  }
  for (int64_t i = 0; i < 10; i++) EXPECT_EQ(seen[i], 1);
}

struct Point {
  int64_t x, y;
  String name;
  friend bool operator==(const Point&, const Point&) = default;
  friend uint64_t go_hash(const Point& p, uint64_t h) {
    h = gocxx::Hasher<int64_t>::hash(p.x, h);
    h = gocxx::Hasher<int64_t>::hash(p.y, h);
    return gocxx::Hasher<String>::hash(p.name, h);
  }
};

TEST(Map, StructAndArrayKeys) {
  auto m = Map<Point, int64_t>::make();
  m.ref(Point{1, 2, "a"}) = 1;
  m.ref(Point{1, 2, String::copy_of("a")}) += 1;
  m.ref(Point{2, 1, "a"}) = 5;
  EXPECT_EQ(m.len(), 2);
  EXPECT_EQ(m.get(Point{1, 2, "a"}), 2);
  auto a = Map<gocxx::Array<String, 2>, int64_t>::make();
  a.ref(gocxx::Array<String, 2>{{"x", "y"}}) = 7;
  EXPECT_EQ(a.get(gocxx::Array<String, 2>{{String::copy_of("x"), "y"}}), 7);
  EXPECT_EQ(a.get(gocxx::Array<String, 2>{{"y", "x"}}), 0);
  auto c = Map<gocxx::Complex128, int64_t>::make();
  c.ref(gocxx::Complex128{1, -0.0}) = 3;
  EXPECT_EQ(c.get(gocxx::Complex128{1, 0}), 3);
}

TEST(Map, PointerAndChanKeys) {
  int64_t a = 0, b = 0;
  auto m = Map<int64_t*, int64_t>::make();
  m.ref(&a) = 1;
  m.ref(&b) = 2;
  EXPECT_EQ(m.get(&a), 1);
  EXPECT_EQ(m.get(nullptr), 0);
  auto c1 = gocxx::Chan<int64_t>::make(), c2 = gocxx::Chan<int64_t>::make();
  auto cm = Map<gocxx::Chan<int64_t>, int64_t>::make();
  cm.ref(c1) = 1;
  cm.ref(c2) = 2;
  EXPECT_EQ(cm.get(c1), 1);
  EXPECT_EQ(cm.get(c2), 2);
  EXPECT_EQ(cm.get(gocxx::Chan<int64_t>{}), 0);
}

TEST(Map, SetOfEmptyValues) {
  struct Unit {};
  auto s = Map<int64_t, Unit>::make();
  for (int64_t i = 0; i < 1000; i++) s.ref(i % 100) = Unit{};
  EXPECT_EQ(s.len(), 100);
  EXPECT_TRUE(std::get<1>(s.get2(42)));
  EXPECT_EQ((gocxx::detail::MapSlotOf<int64_t, Unit>::slot_size), 8u);
  int n = 0;
  for (auto it = s.iter(); it.next();) n++;
  EXPECT_EQ(n, 100);
}

// []int: a type whose values cannot be compared or hashed.
const gocxx::Type kSliceIntType{.kind = gocxx::Kind::Slice,
                                .size = sizeof(gocxx::Slice<int64_t>),
                                .align = 8,
                                .name = "[]int",
                                .elem = gocxx::type_of_int()};

TEST(Map, InterfaceKeys) {
  auto m = Map<Any, int64_t>::make();
  m.ref(gocxx::box(int64_t(1), gocxx::type_of_int())) = 1;
  m.ref(gocxx::box(int32_t(1), gocxx::type_of_int32())) = 2;  // int32(1) != int(1)
  m.ref(gocxx::box(String("1"), gocxx::type_of_string())) = 3;
  m.ref(Any{}) = 4;  // nil interface is a valid key
  m.ref(gocxx::box(int64_t(1000), gocxx::type_of_int())) += 10;
  EXPECT_EQ(m.len(), 5);
  EXPECT_EQ(m.get(gocxx::box(int64_t(1), gocxx::type_of_int())), 1);
  EXPECT_EQ(m.get(gocxx::box(int32_t(1), gocxx::type_of_int32())), 2);
  EXPECT_EQ(m.get(gocxx::box(String::copy_of("1"), gocxx::type_of_string())), 3);
  EXPECT_EQ(m.get(Any{}), 4);
  EXPECT_EQ(m.get(gocxx::box(int64_t(1000), gocxx::type_of_int())), 10);
  int64_t x = 0;
  m.ref(gocxx::box(&x, gocxx::type_of_unsafe_pointer())) = 9;  // pointer-shaped: the word itself
  EXPECT_EQ(m.get(gocxx::box(&x, gocxx::type_of_unsafe_pointer())), 9);
}

TEST(Map, UnhashableInterfaceKeysPanic) {
  Any bad = gocxx::box(gocxx::Slice<int64_t>::from({1}), &kSliceIntType);
  auto m = Map<Any, int64_t>::make();
  auto p = catch_panic([&] { m.ref(bad) = 1; });
  EXPECT_EQ(p.text, "runtime error: hash of unhashable type []int");
  EXPECT_EQ(p.type, "runtime.errorString");
  Map<Any, int64_t> nil{};
  // Go hashes the key even for a nil map (issue 23734).
  EXPECT_EQ(catch_panic([&] { nil.get(bad); }).text,
            "runtime error: hash of unhashable type []int");
  EXPECT_EQ(catch_panic([&] { nil.del(bad); }).text,
            "runtime error: hash of unhashable type []int");
}

TEST(Map, TypeErasedAccess) {
  auto m = Map<int64_t, String>::make();
  m.ref(1) = "one";
  m.ref(2) = "two";
  gocxx::detail::hmap* h = m.raw();
  EXPECT_EQ(gocxx::detail::map_len(h), 2);
  EXPECT_EQ(gocxx::detail::map_len(nullptr), 0);
  int64_t key = 2;
  auto* v = static_cast<const String*>(gocxx::detail::map_lookup(h, &key));
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(str(*v), "two");
  key = 3;
  EXPECT_EQ(gocxx::detail::map_lookup(h, &key), nullptr);
  gocxx::detail::MapIter it;
  gocxx::detail::map_iter_init(&it, h);
  int64_t ksum = 0;
  std::set<std::string> vals;
  while (gocxx::detail::map_iter_next(&it)) {
    ksum += *static_cast<const int64_t*>(gocxx::detail::map_iter_key(&it));
    vals.insert(str(*static_cast<const String*>(gocxx::detail::map_iter_value(&it))));
  }
  EXPECT_EQ(ksum, 3);
  EXPECT_EQ(vals, (std::set<std::string>{"one", "two"}));
  gocxx::detail::map_iter_init(&it, nullptr);
  EXPECT_FALSE(gocxx::detail::map_iter_next(&it));
}

}  // namespace
