// Tests for arith.h and complex.h: division and shift panics and edge cases, float -> integer
// conversions (expected values printed by go1.19 on amd64), and complex arithmetic (expected
// bits from go1.19).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>

#include "gocxx/gocxx.h"
#include "test_panic.h"

namespace {

using gocxx_test::catch_panic;
using gocxx_test::panic_text;

TEST(Div, Basics) {
  EXPECT_EQ(gocxx::div<int64_t>(7, 2), 3);
  EXPECT_EQ(gocxx::div<int64_t>(-7, 2), -3);  // truncates toward zero
  EXPECT_EQ(gocxx::rem<int64_t>(-7, 2), -1);  // sign of the dividend
  EXPECT_EQ(gocxx::rem<int64_t>(7, -2), 1);
  EXPECT_EQ(gocxx::div<uint8_t>(200, 3), 66);
  EXPECT_EQ(gocxx::div(int64_t(9), 3), 3);  // an untyped constant operand converts
}

TEST(Div, MinIntByMinusOne) {
  EXPECT_EQ(gocxx::div(INT64_MIN, int64_t(-1)), INT64_MIN);
  EXPECT_EQ(gocxx::rem(INT64_MIN, int64_t(-1)), 0);
  EXPECT_EQ(gocxx::div(int8_t(-128), int8_t(-1)), int8_t(-128));
  EXPECT_EQ(gocxx::rem(int8_t(-128), int8_t(-1)), 0);
  EXPECT_EQ(gocxx::div(INT32_MIN, int32_t(-1)), INT32_MIN);
  EXPECT_EQ(gocxx::div(int64_t(5), int64_t(-1)), -5);
}

TEST(Div, ByZeroPanics) {
  auto p = catch_panic([] { gocxx::div(int64_t(1), int64_t(0)); });
  EXPECT_EQ(p.text, "runtime error: integer divide by zero");
  EXPECT_EQ(p.type, "runtime.errorString");
  EXPECT_EQ(panic_text([] { gocxx::rem(uint32_t(1), 0); }),
            "runtime error: integer divide by zero");
}

TEST(Shift, Basics) {
  EXPECT_EQ(gocxx::shl(int64_t(1), 62), int64_t(1) << 62);
  EXPECT_EQ(gocxx::shl(int64_t(1), 63), INT64_MIN);
  EXPECT_EQ(gocxx::shl(int64_t(1), 64), 0);
  EXPECT_EQ(gocxx::shl(int64_t(1), uint64_t(1000)), 0);
  EXPECT_EQ(gocxx::shl(uint8_t(0xFF), 4), uint8_t(0xF0));
  EXPECT_EQ(gocxx::shl(int8_t(1), 7), int8_t(-128));
  EXPECT_EQ(gocxx::shl(int8_t(1), 8), 0);
  EXPECT_EQ(gocxx::shl(int32_t(-1), 31), INT32_MIN);
  EXPECT_EQ(gocxx::shr(int64_t(-8), 1), -4);
  EXPECT_EQ(gocxx::shr(int64_t(-8), 64), -1);
  EXPECT_EQ(gocxx::shr(int64_t(8), 64), 0);
  EXPECT_EQ(gocxx::shr(int8_t(-128), 200), -1);
  EXPECT_EQ(gocxx::shr(uint64_t(1) << 63, 63), 1u);
  EXPECT_EQ(gocxx::shr(uint64_t(1) << 63, 64), 0u);
  EXPECT_EQ(gocxx::shr(uint16_t(0x8000), int8_t(15)), 1);
}

TEST(Shift, NegativeCountPanics) {
  auto p = catch_panic([] { gocxx::shl(int64_t(5), int64_t(-1)); });
  EXPECT_EQ(p.text, "runtime error: negative shift amount");
  EXPECT_EQ(p.type, "runtime.errorString");
  EXPECT_EQ(panic_text([] { gocxx::shr(uint8_t(5), int8_t(-3)); }),
            "runtime error: negative shift amount");
}

// Rows printed by a go1.19 program on amd64 (//go:noinline conversions of a float64 and of
// float32(x)): int64, int32, int16, int8, uint64, uint32, uint16, uint8.
struct ConvRow {
  double x;
  int64_t i64;
  int32_t i32;
  int16_t i16;
  int8_t i8;
  uint64_t u64;
  uint32_t u32;
  uint16_t u16;
  uint8_t u8;
};

TEST(Conv, FloatToIntMatchesGoAmd64) {
  const double inf = std::numeric_limits<double>::infinity();
  const ConvRow rows[] = {
      {0, 0, 0, 0, 0, 0, 0, 0, 0},
      {-0.5, 0, 0, 0, 0, 0, 0, 0, 0},
      {1.9, 1, 1, 1, 1, 1, 1, 1, 1},
      {-1.9, -1, -1, -1, -1, 18446744073709551615u, 4294967295u, 65535, 255},
      {127.5, 127, 127, 127, 127, 127, 127, 127, 127},
      {128, 128, 128, 128, -128, 128, 128, 128, 128},
      {255.9, 255, 255, 255, -1, 255, 255, 255, 255},
      {256, 256, 256, 256, 0, 256, 256, 256, 0},
      {300, 300, 300, 300, 44, 300, 300, 300, 44},
      {-129, -129, -129, -129, 127, 18446744073709551487u, 4294967167u, 65407, 127},
      {40000, 40000, 40000, -25536, 64, 40000, 40000, 40000, 64},
      {65543, 65543, 65543, 7, 7, 65543, 65543, 7, 7},
      {-40000, -40000, -40000, 25536, -64, 18446744073709511616u, 4294927296u, 25536, 192},
      {3e9, 3000000000, INT32_MIN, 0, 0, 3000000000, 3000000000u, 0, 0},
      {-3e9, -3000000000, INT32_MIN, 0, 0, 18446744070709551616u, 1294967296u, 0, 0},
      {5e9, 5000000000, INT32_MIN, 0, 0, 5000000000, 705032704u, 0, 0},
      {1e18, 1000000000000000000, INT32_MIN, 0, 0, 1000000000000000000u, 2808348672u, 0, 0},
      {9.3e18, INT64_MIN, INT32_MIN, 0, 0, 9300000000000000000u, 0, 0, 0},
      {1e19, INT64_MIN, INT32_MIN, 0, 0, 10000000000000000000u, 0, 0, 0},
      {1.8e19, INT64_MIN, INT32_MIN, 0, 0, 18000000000000000000u, 0, 0, 0},
      {2e19, INT64_MIN, INT32_MIN, 0, 0, 9223372036854775808u, 0, 0, 0},
      {-1, -1, -1, -1, -1, 18446744073709551615u, 4294967295u, 65535, 255},
      {-1e19, INT64_MIN, INT32_MIN, 0, 0, 9223372036854775808u, 0, 0, 0},
      {inf, INT64_MIN, INT32_MIN, 0, 0, 9223372036854775808u, 0, 0, 0},
      {-inf, INT64_MIN, INT32_MIN, 0, 0, 9223372036854775808u, 0, 0, 0},
      {std::nan(""), INT64_MIN, INT32_MIN, 0, 0, 9223372036854775808u, 0, 0, 0},
      {15032385536.0, 15032385536, INT32_MIN, 0, 0, 15032385536u, 2147483648u, 0, 0},
      {-15032385536.0, -15032385536, INT32_MIN, 0, 0, 18446744058677166080u, 2147483648u, 0, 0},
  };
  for (const ConvRow& r : rows) {
    SCOPED_TRACE(r.x);
    EXPECT_EQ(gocxx::conv<int64_t>(r.x), r.i64);
    EXPECT_EQ(gocxx::conv<int32_t>(r.x), r.i32);
    EXPECT_EQ(gocxx::conv<int16_t>(r.x), r.i16);
    EXPECT_EQ(gocxx::conv<int8_t>(r.x), r.i8);
    EXPECT_EQ(gocxx::conv<uint64_t>(r.x), r.u64);
    EXPECT_EQ(gocxx::conv<uint32_t>(r.x), r.u32);
    EXPECT_EQ(gocxx::conv<uint16_t>(r.x), r.u16);
    EXPECT_EQ(gocxx::conv<uint8_t>(r.x), r.u8);
  }
}

TEST(Conv, Float32Operands) {
  // float32(1e18) is 999999984306749440; float32(9.3e18) is 9300000300729368576 (go1.19).
  EXPECT_EQ(gocxx::conv<int64_t>(float(1e18)), 999999984306749440);
  EXPECT_EQ(gocxx::conv<uint64_t>(float(9.3e18)), 9300000300729368576u);
  EXPECT_EQ(gocxx::conv<uint32_t>(float(1e18)), 0u);
  EXPECT_EQ(gocxx::conv<uint64_t>(float(1e19)), 9999999980506447872u);
}

uint64_t bits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}
uint32_t bits(float f) {
  uint32_t b;
  std::memcpy(&b, &f, 4);
  return b;
}

TEST(Complex, Division) {
  using C = gocxx::Complex128;
  const double inf = std::numeric_limits<double>::infinity(), nan = std::nan("");
  C r = C{1, 2} / C{3, 4};
  EXPECT_EQ(bits(r.re), 0x3FDC28F5C28F5C29u);  // go1.19: 0.44 with these exact bits
  EXPECT_EQ(bits(r.im), 0x3FB47AE147AE147Bu);  // 0.08
  r = C{1, 2} / C{0, 0};
  EXPECT_EQ(r.re, inf);
  EXPECT_EQ(r.im, inf);
  r = C{-1, 0} / C{0, 0};
  EXPECT_EQ(r.re, -inf);
  EXPECT_TRUE(std::isnan(r.im));
  r = C{0, 0} / C{0, 0};
  EXPECT_TRUE(std::isnan(r.re) && std::isnan(r.im));
  r = C{inf, 1} / C{1, 1};
  EXPECT_EQ(r.re, inf);
  EXPECT_EQ(r.im, -inf);
  r = C{1, 1} / C{inf, 2};
  EXPECT_EQ(bits(r.re), 0u);
  EXPECT_EQ(bits(r.im), 0u);
  r = C{nan, 1} / C{0, 0};
  EXPECT_TRUE(std::isnan(r.re));
  EXPECT_EQ(r.im, inf);
  r = C{1e300, 1e300} / C{1e-300, 1e-300};
  EXPECT_EQ(r.re, inf);
  EXPECT_EQ(bits(r.im), 0u);
  r = C{5, -3} / C{0, 2};
  EXPECT_EQ(r.re, -1.5);
  EXPECT_EQ(r.im, -2.5);
  r = C{1, 1} / C{nan, nan};
  EXPECT_TRUE(std::isnan(r.re) && std::isnan(r.im));
}

TEST(Complex, Complex64ComputesWide) {
  gocxx::Complex64 a{1.1f, 2.3f}, b{3.7f, -4.1f};
  gocxx::Complex64 p = a * b, q = a / b;
  EXPECT_EQ(bits(p.re), 0x41580000u);  // go1.19
  EXPECT_EQ(bits(p.im), 0x40800000u);
  EXPECT_EQ(bits(q.re), 0xBE33F495u);
  EXPECT_EQ(bits(q.im), 0x3EDA90B4u);
}

TEST(Complex, AddSubEqual) {
  gocxx::Complex128 a{1, 2}, b{3, -4};
  EXPECT_TRUE((a + b == gocxx::Complex128{4, -2}));
  EXPECT_TRUE((a - b == gocxx::Complex128{-2, 6}));
  EXPECT_TRUE((-a == gocxx::Complex128{-1, -2}));
  EXPECT_EQ(gocxx::real(a), 1);
  EXPECT_EQ(gocxx::imag(a), 2);
  EXPECT_TRUE((gocxx::Complex128{0.0, -0.0} == gocxx::Complex128{-0.0, 0.0}));
  gocxx::Complex128 n{std::nan(""), 0};
  EXPECT_FALSE(n == n);
  a *= b;
  EXPECT_TRUE((a == gocxx::Complex128{11, 2}));
  EXPECT_TRUE((gocxx::complex64_of(gocxx::Complex128{1.5, 2.5}) == gocxx::Complex64{1.5f, 2.5f}));
  static_assert(std::is_trivially_copyable_v<gocxx::Complex128>);
  EXPECT_EQ(gocxx::Complex128{}.re, 0);
}

}  // namespace
