// Tests for strings.h and String's members: concatenation, ordering, indexing and slicing with
// Go's panic texts, conversions (caps as go1.19 prints them), UTF-8 decoding as Go's range
// does (expected runes from go1.19), and hashing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gocxx/gocxx.h"
#include "test_panic.h"

namespace {

using gocxx::Slice;
using gocxx::String;
using gocxx_test::catch_panic;
using gocxx_test::panic_text;
using gocxx_test::str;

TEST(String, Concat) {
  String a("foo"), b("bar"), e;
  EXPECT_EQ(str(gocxx::concat(a, b)), "foobar");
  EXPECT_EQ(gocxx::concat(a, e).ptr, a.ptr);  // no copy when one side is empty
  EXPECT_EQ(gocxx::concat(e, b).ptr, b.ptr);
  EXPECT_EQ(str(gocxx::concat({a, e, b, String("!")})), "foobar!");
  EXPECT_EQ(gocxx::concat({e, b, e}).ptr, b.ptr);
  EXPECT_EQ(gocxx::concat({e, e}).len, 0);
}

TEST(String, Ordering) {
  String a("abc"), b("abd"), p("ab"), hi("\xff"), lo("\x01");
  EXPECT_TRUE(a < b);
  EXPECT_TRUE(p < a);  // a proper prefix sorts first
  EXPECT_TRUE(a > p);
  EXPECT_TRUE(a <= a && a >= a);
  EXPECT_TRUE(lo < hi);  // bytes compare unsigned
  EXPECT_TRUE(String() < lo);
  EXPECT_TRUE(String() == String("", 0));
  EXPECT_TRUE(String("a\0b", 3) != String("a\0c", 3));
  EXPECT_TRUE(String("a\0b", 3) < String("a\0c", 3));
}

TEST(String, AtAndSlice) {
  String s("abc");
  EXPECT_EQ(s.at(1), 'b');
  EXPECT_EQ(str(s.slice(1, 3)), "bc");
  EXPECT_EQ(str(s.slice_from(1)), "bc");
  EXPECT_EQ(s.slice_from(3).len, 0);
  int64_t n5 = 5, n3 = 3, n2 = 2, m1 = -1;
  auto p = catch_panic([&] { s.at(n5); });
  EXPECT_EQ(p.text, "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(p.type, "runtime.boundsError");
  EXPECT_EQ(panic_text([&] { s.at(m1); }), "runtime error: index out of range [-1]");
  EXPECT_EQ(panic_text([&] { s.slice(0, n5); }),
            "runtime error: slice bounds out of range [:5] with length 3");
  EXPECT_EQ(panic_text([&] { s.slice_from(n5); }),
            "runtime error: slice bounds out of range [5:3]");
  EXPECT_EQ(panic_text([&] { s.slice(n3, n2); }), "runtime error: slice bounds out of range [3:2]");
  EXPECT_EQ(panic_text([&] { s.slice_from(m1); }),
            "runtime error: slice bounds out of range [-1:]");
  EXPECT_EQ(panic_text([&] { s.slice(0, m1); }), "runtime error: slice bounds out of range [:-1]");
}

// The test string of the go1.19 program that printed the caps below.
const String kText(
    "h\xc3\xa9llo w\xc3\xb6rld, a string that is longer than thirty-two bytes, definitely");

TEST(String, ConversionCapsMatchGo) {
  struct Row {
    int64_t n, bytes_cap, runes_len, runes_cap;
  };
  // n, cap([]byte(s[:n])), len([]rune(s[:n])), cap([]rune(s[:n])) for escaping results.
  const Row rows[] = {{0, 0, 0, 0},     {1, 8, 1, 2},     {5, 8, 4, 4},    {9, 16, 8, 8},
                      {17, 24, 15, 16}, {33, 48, 31, 32}, {57, 64, 55, 56}};
  for (const Row& r : rows) {
    SCOPED_TRACE(r.n);
    String s = kText.slice(0, r.n);
    Slice<uint8_t> b = gocxx::bytes_from_string(s);
    EXPECT_EQ(b.len, r.n);
    EXPECT_EQ(b.cap, r.bytes_cap);
    EXPECT_FALSE(b.is_nil());
    EXPECT_EQ(std::string(reinterpret_cast<char*>(b.ptr), b.len), str(s));
    Slice<int32_t> rs = gocxx::runes_from_string(s);
    EXPECT_EQ(rs.len, r.runes_len);
    EXPECT_EQ(rs.cap, r.runes_cap);
    EXPECT_EQ(gocxx::rune_count(s), r.runes_len);
    EXPECT_EQ(str(gocxx::string_from_bytes(b)), str(s));
  }
}

TEST(String, FromBytesCopies) {
  auto b = gocxx::bytes_from_string(String("xyz"));
  String s = gocxx::string_from_bytes(b);
  b.at(0) = 'X';
  EXPECT_EQ(str(s), "xyz");
  EXPECT_EQ(gocxx::string_from_bytes(Slice<uint8_t>{}).len, 0);
}

TEST(String, FromRune) {
  // go1.19: string(rune(-1)), 0x41, 0xD800, 0x10FFFF, 0x110000, 0xE9.
  EXPECT_EQ(str(gocxx::string_from_rune(-1)), "\xef\xbf\xbd");
  EXPECT_EQ(str(gocxx::string_from_rune(0x41)), "A");
  EXPECT_EQ(str(gocxx::string_from_rune(0xD800)), "\xef\xbf\xbd");
  EXPECT_EQ(str(gocxx::string_from_rune(0x10FFFF)), "\xf4\x8f\xbf\xbf");
  EXPECT_EQ(str(gocxx::string_from_rune(0x110000)), "\xef\xbf\xbd");
  EXPECT_EQ(str(gocxx::string_from_rune(0xE9)), "\xc3\xa9");
  EXPECT_EQ(str(gocxx::string_from_rune(int64_t(1) << 40)),
            "\xef\xbf\xbd");  // string(int64(1<<40))
  EXPECT_EQ(str(gocxx::string_from_rune(0)), std::string(1, '\0'));
  // go1.19: string([]rune{0x41, -1, 0xD800, 0x1F600, 0x110000}) == "A\uFFFD\uFFFD😀\uFFFD"
  auto rs = Slice<int32_t>::from({0x41, -1, 0xD800, 0x1F600, 0x110000});
  EXPECT_EQ(str(gocxx::string_from_runes(rs)),
            "A\xef\xbf\xbd\xef\xbf\xbd\xf0\x9f\x98\x80\xef\xbf\xbd");
}

// (index, rune) pairs of `for i, r := range s`.
std::vector<std::pair<int64_t, int32_t>> range_runes(String s) {
  std::vector<std::pair<int64_t, int32_t>> out;
  for (int64_t i = 0; i < s.len;) {
    auto [r, w] = gocxx::decode_rune(s, i);
    out.emplace_back(i, r);
    i += w;
  }
  return out;
}

TEST(String, RangeDecodesLikeGo) {
  using P = std::vector<std::pair<int64_t, int32_t>>;
  const int32_t E = 0xFFFD;
  // Expected pairs printed by go1.19.
  EXPECT_EQ(range_runes("\xff"), (P{{0, E}}));
  EXPECT_EQ(range_runes("\xc0\x80"), (P{{0, E}, {1, E}}));                          // overlong
  EXPECT_EQ(range_runes("\xe0\x80\x80"), (P{{0, E}, {1, E}, {2, E}}));              // overlong
  EXPECT_EQ(range_runes("\xed\xa0\x80"), (P{{0, E}, {1, E}, {2, E}}));              // surrogate
  EXPECT_EQ(range_runes("\xf4\x90\x80\x80"), (P{{0, E}, {1, E}, {2, E}, {3, E}}));  // > U+10FFFF
  EXPECT_EQ(range_runes("\xf0\x9f\x98"), (P{{0, E}, {1, E}, {2, E}}));              // truncated
  EXPECT_EQ(range_runes("\xc3\xa9"), (P{{0, 233}}));
  EXPECT_EQ(range_runes("\xe2\x82\xac"), (P{{0, 8364}}));
  EXPECT_EQ(range_runes("\xf0\x9f\x98\x80"), (P{{0, 128512}}));
  EXPECT_EQ(range_runes("a\xe2\x82"), (P{{0, 97}, {1, E}, {2, E}}));
  EXPECT_EQ(range_runes("\xf5"), (P{{0, E}}));
  EXPECT_EQ(gocxx::rune_count("a\xe2\x82"), 3);
}

TEST(String, RuneRoundTripAllValid) {
  for (int32_t r = 0; r <= 0x10FFFF; r += (r < 0x1000 ? 1 : 97)) {
    if (r >= 0xD800 && r <= 0xDFFF) continue;
    String s = gocxx::string_from_rune(r);
    auto d = gocxx::decode_rune(s, 0);
    ASSERT_EQ(d.rune, r);
    ASSERT_EQ(d.width, s.len);
  }
}

TEST(String, Hash) {
  uint64_t seed = 12345;
  EXPECT_EQ(gocxx::hash_of(String("hello"), seed), gocxx::hash_of(String::copy_of("hello"), seed));
  EXPECT_NE(gocxx::hash_of(String("hello"), seed), gocxx::hash_of(String("hellp"), seed));
  EXPECT_NE(gocxx::hash_of(String("hello"), seed), gocxx::hash_of(String("hello"), seed + 1));
  EXPECT_NE(gocxx::hash_of(String(""), seed), gocxx::hash_of(String("\0", 1), seed));
  // Every length through the short and long paths hashes its bytes, not its neighbours.
  std::string big(100, 'x');
  for (int n = 0; n < 100; n++) {
    String a(big.data(), n);
    String b = String::copy_of(big.substr(0, n));
    ASSERT_EQ(gocxx::hash_of(a, seed), gocxx::hash_of(b, seed)) << n;
    if (n > 0) {
      std::string c = big.substr(0, n);
      c[n / 2] = 'y';
      ASSERT_NE(gocxx::hash_of(a, seed), gocxx::hash_of(String::copy_of(c), seed)) << n;
    }
  }
}

}  // namespace
