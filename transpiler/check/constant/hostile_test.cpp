// This file implements the throughput sanity tests: hostile constants
// (astronomic exponents, huge shifts, repeated squaring, long literals) must
// be answered in milliseconds, never with super-linear time or memory.

#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <string>

#include "check/constant/format.h"
#include "check/constant/literal.h"
#include "check/constant/ops.h"
#include "check/constant/represent.h"
#include "check/constant/test_util.h"

namespace gocxx::constant {
namespace {

using testing::V;

// Generous: a quadratic or exponential path would take minutes, not seconds,
// and the machine running the tests may be busy.
constexpr double kBudgetSeconds = 5.0;

class Timer {
 public:
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

TEST(Hostile, AstronomicExponents) {
  Timer t;
  // go1.19: Unknown ("malformed constant"), 0, and a finite float.
  EXPECT_EQ(V("f:1e1000000000").kind(), Kind::Unknown);
  EXPECT_EQ(V("f:1e9223372036854775807").kind(), Kind::Unknown);
  EXPECT_EQ(V("f:1e99999999999999999999999999").kind(), Kind::Unknown);
  EXPECT_EQ(to_string(V("f:1e-1000000000")), "0");
  EXPECT_EQ(to_string(V("f:1e646456992")), "1e+646456992");
  EXPECT_EQ(V("c:1e1000000000i").kind(), Kind::Unknown);
  EXPECT_EQ(V("f:0x1p-99999999999").kind(), Kind::Unknown);
  // Arithmetic near big.Float's limits stays fixed-precision.
  Status st = Status::Ok;
  Value big = V("f:1e646456992");
  EXPECT_EQ(binary_op(big, BinaryOp::Mul, big, &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Overflow);
  Value tiny = V("f:1e-600000000");
  EXPECT_EQ(to_string(binary_op(tiny, BinaryOp::Mul, tiny)), "0");  // underflows, as in Go
  EXPECT_EQ(to_int(big).kind(), Kind::Unknown);
  EXPECT_EQ(num(big).kind(), Kind::Unknown);
  EXPECT_TRUE(std::isinf(float64_val(big).value));
  EXPECT_FALSE(representable(big, BasicKind::Float64));
  EXPECT_LT(t.seconds(), kBudgetSeconds);
}

TEST(Hostile, HugeShiftsAndComplements) {
  Timer t;
  Status st = Status::Ok;
  EXPECT_EQ(shift(V("i:1"), ShiftOp::Shl, 1000000000, &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Overflow);
  EXPECT_EQ(bit_len(shift(V("i:1"), ShiftOp::Shl, 1000000)), 1000001);  // handled, linear
  EXPECT_EQ(unary_op(UnaryOp::Xor, V("i:5"), 4000000000u, &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Overflow);
  EXPECT_EQ(to_string(unary_op(UnaryOp::Xor, V("n:i:5"), 4000000000u)), "4");  // ^-5 == 4 fits
  EXPECT_LT(t.seconds(), kBudgetSeconds);
}

TEST(Hostile, RepeatedSquaringStops) {
  Timer t;
  Value x = binary_op(shift(V("i:1"), ShiftOp::Shl, 512), BinaryOp::Sub, V("i:1"));
  Status st = Status::Ok;
  int steps = 0;
  while (x.kind() == Kind::Int && steps < 100) {
    x = binary_op(x, BinaryOp::Mul, x, &st);
    ++steps;
  }
  EXPECT_EQ(x.kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Overflow);
  EXPECT_EQ(steps, 12);  // 512 * 2**11 bits fit kMaxIntBits, 2**12 do not
  // Rationals switch to floats past 4096 bits, so they stay cheap as well;
  // q*(q+1) doubles the exponent each time until big.Float's range ends
  // (go1.19: a *big.Float after 20 steps, Unknown after 40).
  Value q = binary_op(V("i:1"), BinaryOp::Quo, V("i:3"));
  for (int i = 0; i < 40; ++i) {
    q = binary_op(q, BinaryOp::Mul, binary_op(q, BinaryOp::Add, V("i:1")));
    if (i == 19) {
      EXPECT_EQ(q.form(), Value::Form::BigFloat);
    }
  }
  EXPECT_EQ(q.kind(), Kind::Unknown);
  EXPECT_LT(t.seconds(), kBudgetSeconds);
}

TEST(Hostile, LongLiterals) {
  Timer t;
  std::string ones(1000000, '1');
  EXPECT_EQ(make_from_literal(ones, LiteralKind::Int).kind(), Kind::Unknown);  // above kMaxIntBits
  std::string digits(100000, '9');
  Value v = make_from_literal(digits, LiteralKind::Int);
  EXPECT_EQ(to_string(v), digits);
  Value f = make_from_literal("0." + std::string(1000000, '0') + "1", LiteralKind::Float);
  EXPECT_EQ(to_string(f), "1e-1000001");
  Value r = make_from_literal("1" + std::string(100000, '0') + "e-100000", LiteralKind::Float);
  EXPECT_EQ(to_string(r), "1");
  std::string s = "\"" + std::string(1000000, 'x') + "\"";
  EXPECT_EQ(string_val(make_from_literal(s, LiteralKind::String)).size(), 1000000u);
  EXPECT_LT(t.seconds(), kBudgetSeconds);
}

}  // namespace
}  // namespace gocxx::constant
