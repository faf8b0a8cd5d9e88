// Tests for slice.h and array.h: growth sequences checked against go1.19 (element sizes 1, 8,
// 16, 24, 40 and empty; one at a time, three at a time, in batches, from made slices), make's
// panics, slicing and its panic texts, append aliasing, copy, arrays and slicing them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gocxx/gocxx.h"
#include "test_panic.h"

namespace {

using gocxx::Array;
using gocxx::Slice;
using gocxx::String;
using gocxx_test::catch_panic;
using gocxx_test::panic_text;

using E1 = uint8_t;
using E8 = int64_t;
using E16 = Array<int64_t, 2>;
using E24 = Array<int64_t, 3>;
using E40 = Array<int64_t, 5>;
struct Empty {};

static_assert(sizeof(E16) == 16 && sizeof(E24) == 24 && sizeof(E40) == 40);

// Appends one zero element at a time from s until len == n; the caps seen after each change.
template <class T>
std::vector<int64_t> grow_one(Slice<T> s, int64_t n) {
  std::vector<int64_t> caps;
  int64_t last = s.cap;
  for (int64_t i = s.len; i < n; i++) {
    s = gocxx::append(s, T{});
    if (s.cap != last) caps.push_back(last = s.cap);
  }
  return caps;
}

template <class T>
std::vector<int64_t> grow_three(int64_t rounds) {
  Slice<T> s{};
  std::vector<int64_t> caps;
  int64_t last = -1;
  for (int64_t i = 0; i < rounds; i++) {
    s = gocxx::append(s, T{}, T{}, T{});
    if (s.cap != last) caps.push_back(last = s.cap);
  }
  return caps;
}

template <class T>
std::vector<int64_t> grow_batches() {
  const int64_t batches[] = {5, 7, 1, 100, 3, 1000, 1, 5000, 17, 40000, 2};
  Slice<T> s{};
  std::vector<int64_t> caps;
  for (int64_t b : batches) {
    s = gocxx::append_slice(s, Slice<T>::make(b));
    caps.push_back(s.cap);
  }
  return caps;
}

using V = std::vector<int64_t>;

// Expected sequences: printed by go1.19 linux/amd64 for the same append patterns.
TEST(SliceGrowth, OneAtATimeMatchesGo) {
  EXPECT_EQ(grow_one(Slice<E1>{}, 5000),
            (V{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}));
  EXPECT_EQ(grow_one(Slice<E8>{}, 5000),
            (V{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120}));
  EXPECT_EQ(grow_one(Slice<E16>{}, 5000),
            (V{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584, 5120}));
  EXPECT_EQ(grow_one(Slice<E24>{}, 5000),
            (V{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072, 4096, 5461}));
  EXPECT_EQ(grow_one(Slice<E40>{}, 5000),
            (V{1, 2, 4, 8, 16, 32, 67, 134, 272, 544, 1024, 1638, 2252, 3072, 4096, 5324}));
  // String is 16 bytes and scanned: same sizes as E16, different allocator path.
  EXPECT_EQ(grow_one(Slice<String>{}, 5000),
            (V{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584, 5120}));
}

TEST(SliceGrowth, LargeMatchesGo) {
  EXPECT_EQ(
      grow_one(Slice<E8>{}, 1 << 21),
      (V{1,      2,      4,      8,      16,      32,      64,      128,     256,    512,    848,
         1280,   1792,   2560,   3408,   5120,    7168,    9216,    12288,   16384,  21504,  27648,
         34816,  44032,  55296,  69632,  88064,   110592,  139264,  175104,  219136, 274432, 344064,
         431104, 539648, 674816, 843776, 1055744, 1319936, 1650688, 2064384, 2581504}));
  EXPECT_EQ(grow_one(Slice<E1>{}, 1 << 22),
            (V{8,      16,     32,      64,      128,     256,     512,     896,     1408,   2048,
               3072,   4096,   5376,    6912,    9472,    12288,   16384,   21760,   28672,  40960,
               57344,  73728,  98304,   131072,  172032,  221184,  278528,  352256,  442368, 557056,
               704512, 884736, 1114112, 1400832, 1753088, 2195456, 2752512, 3448832, 4317184}));
}

TEST(SliceGrowth, FromMadeSlicesMatchesGo) {
  EXPECT_EQ(grow_one(Slice<E24>::make(0, 300), 3000), (V{597, 1024, 1706, 2389, 3413}));
  EXPECT_EQ(grow_one(Slice<E40>::make(7), 1000), (V{14, 28, 57, 121, 243, 512, 1024}));
  EXPECT_EQ(grow_one(Slice<Array<uint8_t, 3>>{}, 3000),
            (V{2, 5, 10, 21, 42, 85, 170, 341, 682, 1066, 1621, 2261, 3157}));
}

TEST(SliceGrowth, EmptyElementsGrowByNeed) {
  V want;
  for (int64_t i = 1; i <= 100; i++) want.push_back(i);
  EXPECT_EQ(grow_one(Slice<Empty>{}, 100), want);
}

TEST(SliceGrowth, ThreeAtATimeMatchesGo) {
  EXPECT_EQ(grow_three<E1>(2000),
            (V{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376, 6912}));
  EXPECT_EQ(grow_three<E8>(2000),
            (V{3, 6, 12, 24, 48, 96, 192, 384, 672, 1184, 1696, 2384, 3408, 5120, 7168}));
  EXPECT_EQ(grow_three<E16>(2000),
            (V{3, 6, 12, 24, 48, 96, 192, 384, 680, 1152, 1704, 2560, 3584, 5120, 6656}));
  EXPECT_EQ(grow_three<E24>(2000),
            (V{3, 6, 12, 24, 48, 96, 202, 405, 768, 1194, 1706, 2389, 3413, 4778, 6485}));
  EXPECT_EQ(grow_three<E40>(2000),
            (V{3, 6, 12, 25, 51, 102, 204, 409, 716, 1228, 1843, 2662, 3686, 4915, 6348}));
}

TEST(SliceGrowth, BatchesMatchGo) {
  EXPECT_EQ(grow_batches<E1>(), (V{8, 16, 16, 128, 128, 1152, 1152, 6144, 6144, 49152, 49152}));
  EXPECT_EQ(grow_batches<E8>(), (V{6, 12, 24, 128, 128, 1184, 1184, 6144, 6144, 47104, 47104}));
  EXPECT_EQ(grow_batches<E16>(), (V{5, 12, 24, 128, 128, 1152, 1152, 6144, 6144, 46592, 46592}));
  EXPECT_EQ(grow_batches<E24>(), (V{5, 12, 24, 128, 128, 1136, 1136, 6144, 6144, 46421, 46421}));
  EXPECT_EQ(grow_batches<E40>(), (V{5, 12, 25, 121, 121, 1228, 1228, 6144, 6144, 46284, 46284}));
}

TEST(SliceGrowth, MiscMatchesGo) {
  auto a = gocxx::append(Slice<int64_t>::make(5, 5), 1);
  EXPECT_EQ(a.cap, 10);
  auto b = gocxx::append_string(Slice<uint8_t>::make(0, 3), String("hello world"));
  EXPECT_EQ(b.cap, 16);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(b.ptr), b.len), "hello world");
  auto c = gocxx::append(Slice<String>::from({"a", "b", "c"}), String("d"));
  EXPECT_EQ(c.cap, 6);
  EXPECT_EQ(c.len, 4);
  EXPECT_EQ(gocxx_test::str(c.at(3)), "d");
}

TEST(Slice, ZeroIsNil) {
  Slice<int64_t> s{};
  EXPECT_TRUE(s.is_nil());
  EXPECT_EQ(s.len, 0);
  EXPECT_TRUE(s.slice(0, 0).is_nil());  // slicing nil gives nil
  EXPECT_FALSE(Slice<int64_t>::make(0).is_nil());
  for (int64_t v : s) ADD_FAILURE() << v;
  static_assert(std::is_trivially_copyable_v<Slice<String>>);
}

TEST(Slice, MakeZeroesAndPanics) {
  auto s = Slice<int64_t>::make(3, 10);
  EXPECT_EQ(s.len, 3);
  EXPECT_EQ(s.cap, 10);
  for (int64_t i = 0; i < s.cap; i++) EXPECT_EQ(s.ptr[i], 0);
  auto p = catch_panic([] { Slice<int64_t>::make(-1); });
  EXPECT_EQ(p.text, "runtime error: makeslice: len out of range");
  EXPECT_EQ(p.type, "runtime.errorString");
  EXPECT_EQ(panic_text([] { Slice<int64_t>::make(5, 3); }),
            "runtime error: makeslice: cap out of range");
  EXPECT_EQ(panic_text([] { Slice<int64_t>::make(int64_t(1) << 62); }),
            "runtime error: makeslice: len out of range");
  EXPECT_EQ(panic_text([] { Slice<uint8_t>::make(2, int64_t(1) << 50); }),
            "runtime error: makeslice: cap out of range");
  EXPECT_EQ(panic_text([] { Slice<Empty>::make(-1); }),
            "runtime error: makeslice: len out of range");
  EXPECT_EQ(Slice<Empty>::make(int64_t(1) << 40).len, int64_t(1) << 40);  // no memory needed
}

TEST(Slice, IndexAndSliceTexts) {
  auto s = Slice<int64_t>::make(3, 5);
  int64_t n7 = 7, n5 = 5, n4 = 4, n3 = 3, n2 = 2, n6 = 6, m1 = -1;
  EXPECT_EQ(panic_text([&] { s.at(n3); }), "runtime error: index out of range [3] with length 3");
  EXPECT_EQ(panic_text([&] { s.at(m1); }), "runtime error: index out of range [-1]");
  EXPECT_EQ(panic_text([&] { s.slice(0, n7); }),
            "runtime error: slice bounds out of range [:7] with capacity 5");
  EXPECT_EQ(panic_text([&] { s.slice(0, n4); }), "<no panic>");  // up to cap is fine
  EXPECT_EQ(panic_text([&] { s.slice_from(n5); }),
            "runtime error: slice bounds out of range [5:3]");
  EXPECT_EQ(panic_text([&] { s.slice_from(n4); }),
            "runtime error: slice bounds out of range [4:3]");
  EXPECT_EQ(panic_text([&] { s.slice(n3, n2); }), "runtime error: slice bounds out of range [3:2]");
  EXPECT_EQ(panic_text([&] { s.slice(0, 1, n6); }),
            "runtime error: slice bounds out of range [::6] with capacity 5");
  EXPECT_EQ(panic_text([&] { s.slice(0, n3, n2); }),
            "runtime error: slice bounds out of range [:3:2]");
  EXPECT_EQ(panic_text([&] { s.slice(n3, n2, 4); }),
            "runtime error: slice bounds out of range [3:2:]");
  EXPECT_EQ(panic_text([&] { s.slice(m1, n2, 4); }),
            "runtime error: slice bounds out of range [-1::]");
  EXPECT_EQ(panic_text([&] { s.slice(0, m1, 4); }),
            "runtime error: slice bounds out of range [:-1:]");
  EXPECT_EQ(panic_text([&] { s.slice(0, 0, m1); }),
            "runtime error: slice bounds out of range [::-1]");
  EXPECT_EQ(panic_text([&] { s.slice(m1, 2); }), "runtime error: slice bounds out of range [-1:]");
  EXPECT_EQ(panic_text([&] { s.slice(0, m1); }), "runtime error: slice bounds out of range [:-1]");
  EXPECT_EQ(gocxx_test::catch_panic([&] { s.at(n3); }).type, "runtime.boundsError");
}

TEST(Slice, SlicingSharesAndKeepsCap) {
  auto s = Slice<int64_t>::from({0, 1, 2, 3, 4});
  auto t = s.slice(1, 3);
  EXPECT_EQ(t.len, 2);
  EXPECT_EQ(t.cap, 4);
  t.at(0) = 10;
  EXPECT_EQ(s.at(1), 10);
  auto u = s.slice(1, 2, 3);
  EXPECT_EQ(u.cap, 2);
  u = gocxx::append(u, 20);  // within cap: overwrites s[2]
  EXPECT_EQ(s.at(2), 20);
  u = gocxx::append(u, 30);  // beyond cap: new array, s untouched
  EXPECT_EQ(s.at(3), 3);
  auto e = s.slice_from(5);
  EXPECT_EQ(e.len, 0);
  EXPECT_EQ(e.cap, 0);
  EXPECT_EQ(e.ptr, s.ptr);  // never past the end
  int64_t sum = 0;
  for (int64_t v : s) sum += v;
  EXPECT_EQ(sum, 0 + 10 + 20 + 3 + 4);
}

TEST(Slice, AppendEvaluatesOperandsFirst) {
  // t := s[:1]; t = append(t, s[2], s[1]) must append the old s[2], s[1].
  auto s = Slice<int64_t>::from({1, 2, 3});
  auto t = s.slice(0, 1);
  t = gocxx::append(t, s.at(2), s.at(1));
  EXPECT_EQ(t.at(1), 3);
  EXPECT_EQ(t.at(2), 2);
}

TEST(Slice, AppendSliceOverlapping) {
  // s = append(s[:1], s[2:]...) deletes s[1].
  auto s = Slice<int64_t>::from({1, 2, 3, 4});
  auto r = gocxx::append_slice(s.slice(0, 1), s.slice_from(2));
  ASSERT_EQ(r.len, 3);
  EXPECT_EQ(r.at(0), 1);
  EXPECT_EQ(r.at(1), 3);
  EXPECT_EQ(r.at(2), 4);
  // Appending a slice to itself.
  auto d = gocxx::append_slice(r, r);
  EXPECT_EQ(d.len, 6);
  EXPECT_EQ(d.at(5), 4);
}

TEST(Slice, CopyOverlapsAndStrings) {
  auto s = Slice<int64_t>::from({1, 2, 3, 4, 5});
  EXPECT_EQ(gocxx::copy(s.slice_from(1), s), 4);
  EXPECT_EQ(s.at(4), 4);
  EXPECT_EQ(s.at(1), 1);
  EXPECT_EQ(gocxx::copy(s, Slice<int64_t>{}), 0);
  auto b = Slice<uint8_t>::make(3);
  EXPECT_EQ(gocxx::copy_string(b, String("hello")), 3);
  EXPECT_EQ(b.at(2), 'l');
}

TEST(Slice, GrownContentsSurviveCollection) {
  Slice<String> s{};
  for (int i = 0; i < 20000; i++) s = gocxx::append(s, String::copy_of(std::to_string(i)));
  GC_gcollect();
  for (int i = 0; i < 20000; i += 997) EXPECT_EQ(gocxx_test::str(s.at(i)), std::to_string(i));
}

TEST(Array, IndexCompareCopy) {
  Array<int64_t, 3> a{{1, 2, 3}};
  Array<int64_t, 3> b = a;
  b.at(0) = 9;
  EXPECT_EQ(a.at(0), 1);  // value semantics
  EXPECT_FALSE(a == b);
  b.at(0) = 1;
  EXPECT_TRUE(a == b);
  EXPECT_EQ(a.len(), 3);
  int64_t i5 = 5;
  EXPECT_EQ(panic_text([&] { a.at(i5); }), "runtime error: index out of range [5] with length 3");
  Array<int64_t, 3> z{};
  EXPECT_EQ(z[2], 0);
  Array<String, 0> none{};
  EXPECT_TRUE(none == none);
  EXPECT_EQ(panic_text([&] { none.at(0); }), "runtime error: index out of range [0] with length 0");
  static_assert(std::is_trivially_copyable_v<Array<String, 2>>);
  static_assert(gocxx::pointer_free_v<Array<double, 4>>);
  static_assert(!gocxx::pointer_free_v<Array<String, 4>>);
}

TEST(Array, SliceOf) {
  Array<int64_t, 5> arr{};
  auto s = gocxx::slice_of(&arr, 1, 3);
  EXPECT_EQ(s.len, 2);
  EXPECT_EQ(s.cap, 4);
  s.at(0) = 7;
  EXPECT_EQ(arr.at(1), 7);
  EXPECT_EQ(gocxx::slice_of(&arr).len, 5);
  EXPECT_EQ(gocxx::slice_of(&arr, 0, 1, 2).cap, 2);
  int64_t n7 = 7, n6 = 6;
  EXPECT_EQ(panic_text([&] { gocxx::slice_of(&arr, 0, n7); }),
            "runtime error: slice bounds out of range [:7] with length 5");
  EXPECT_EQ(panic_text([&] { gocxx::slice_of(&arr, n6, 5); }),
            "runtime error: slice bounds out of range [6:5]");
  EXPECT_EQ(panic_text([&] { gocxx::slice_of(&arr, 0, 1, n7); }),
            "runtime error: slice bounds out of range [::7] with length 5");
  Array<int64_t, 5>* np = nullptr;
  EXPECT_EQ(panic_text([&] { gocxx::slice_of(np); }),
            "runtime error: invalid memory address or nil pointer dereference");
  Array<int64_t, 0> empty{};
  EXPECT_FALSE(gocxx::slice_of(&empty).is_nil());
}

TEST(Nilchk, Deref) {
  int64_t x = 4;
  EXPECT_EQ(gocxx::deref(&x), 4);
  int64_t* p = nullptr;
  auto r = catch_panic([&] { gocxx::deref(p) = 1; });
  EXPECT_EQ(r.text, "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EQ(r.type, "runtime.errorString");
}

}  // namespace
