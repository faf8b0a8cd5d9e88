// This file implements the tests of representability: every basic type
// against integers, runes, floats at the float32/float64 edges, complex
// numbers, strings and booleans, with the rounded values and gc's reasons.

#include "check/constant/represent.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstdio>
#include <string>
#include <string_view>

#include "check/constant/format.h"
#include "check/constant/ops.h"
#include "check/constant/test_util.h"

namespace gocxx::constant {
namespace {

using testing::V;

constexpr BasicKind kTargets[] = {BasicKind::Bool,       BasicKind::Int,     BasicKind::Int8,
                                  BasicKind::Int16,      BasicKind::Int32,   BasicKind::Int64,
                                  BasicKind::Uint,       BasicKind::Uint8,   BasicKind::Uint16,
                                  BasicKind::Uint32,     BasicKind::Uint64,  BasicKind::Uintptr,
                                  BasicKind::Float32,    BasicKind::Float64, BasicKind::Complex64,
                                  BasicKind::Complex128, BasicKind::String};

struct RepresentCase {
  std::string_view x;
  BasicKind operand;
  // One token per target in kTargets order: T (truncated), O (overflows),
  // N (not convertible), or the value in the target: an integer, "f" and the
  // float64 bits in hex, "c" and the bits of both parts, or the string/bool.
  std::string_view results;
};

// From go1.19's go/types: `var _ T = x` for every T, the error's
// "(truncated)"/"(overflows)" suffix or the value recorded for x
// (generator /tmp/constgo/gen, "represent"; int and uint are 64-bit).
constexpr RepresentCase kRepresent[] = {
    {"i:0", BasicKind::UntypedInt, "N 0 0 0 0 0 0 0 0 0 0 0 f0 f0 c0,0 c0,0 N"},
    {"i:127", BasicKind::UntypedInt,
     "N 127 127 127 127 127 127 127 127 127 127 127 f405fc00000000000 f405fc00000000000 "
     "c405fc00000000000,0 c405fc00000000000,0 N"},
    {"i:128", BasicKind::UntypedInt,
     "N 128 O 128 128 128 128 128 128 128 128 128 f4060000000000000 f4060000000000000 "
     "c4060000000000000,0 c4060000000000000,0 N"},
    {"n:i:128", BasicKind::UntypedInt,
     "N -128 -128 -128 -128 -128 O O O O O O fc060000000000000 fc060000000000000 "
     "cc060000000000000,0 cc060000000000000,0 N"},
    {"n:i:129", BasicKind::UntypedInt,
     "N -129 O -129 -129 -129 O O O O O O fc060200000000000 fc060200000000000 cc060200000000000,0 "
     "cc060200000000000,0 N"},
    {"i:255", BasicKind::UntypedInt,
     "N 255 O 255 255 255 255 255 255 255 255 255 f406fe00000000000 f406fe00000000000 "
     "c406fe00000000000,0 c406fe00000000000,0 N"},
    {"i:256", BasicKind::UntypedInt,
     "N 256 O 256 256 256 256 O 256 256 256 256 f4070000000000000 f4070000000000000 "
     "c4070000000000000,0 c4070000000000000,0 N"},
    {"n:i:1", BasicKind::UntypedInt,
     "N -1 -1 -1 -1 -1 O O O O O O fbff0000000000000 fbff0000000000000 cbff0000000000000,0 "
     "cbff0000000000000,0 N"},
    {"i:32767", BasicKind::UntypedInt,
     "N 32767 O 32767 32767 32767 32767 O 32767 32767 32767 32767 f40dfffc000000000 "
     "f40dfffc000000000 c40dfffc000000000,0 c40dfffc000000000,0 N"},
    {"i:32768", BasicKind::UntypedInt,
     "N 32768 O O 32768 32768 32768 O 32768 32768 32768 32768 f40e0000000000000 f40e0000000000000 "
     "c40e0000000000000,0 c40e0000000000000,0 N"},
    {"n:i:32769", BasicKind::UntypedInt,
     "N -32769 O O -32769 -32769 O O O O O O fc0e0002000000000 fc0e0002000000000 "
     "cc0e0002000000000,0 cc0e0002000000000,0 N"},
    {"i:65535", BasicKind::UntypedInt,
     "N 65535 O O 65535 65535 65535 O 65535 65535 65535 65535 f40efffe000000000 f40efffe000000000 "
     "c40efffe000000000,0 c40efffe000000000,0 N"},
    {"i:65536", BasicKind::UntypedInt,
     "N 65536 O O 65536 65536 65536 O O 65536 65536 65536 f40f0000000000000 f40f0000000000000 "
     "c40f0000000000000,0 c40f0000000000000,0 N"},
    {"i:2147483647", BasicKind::UntypedInt,
     "N 2147483647 O O 2147483647 2147483647 2147483647 O O 2147483647 2147483647 2147483647 "
     "f41e0000000000000 f41dfffffffc00000 c41e0000000000000,0 c41dfffffffc00000,0 N"},
    {"i:2147483648", BasicKind::UntypedInt,
     "N 2147483648 O O O 2147483648 2147483648 O O 2147483648 2147483648 2147483648 "
     "f41e0000000000000 f41e0000000000000 c41e0000000000000,0 c41e0000000000000,0 N"},
    {"n:i:2147483648", BasicKind::UntypedInt,
     "N -2147483648 O O -2147483648 -2147483648 O O O O O O fc1e0000000000000 fc1e0000000000000 "
     "cc1e0000000000000,0 cc1e0000000000000,0 N"},
    {"n:i:2147483649", BasicKind::UntypedInt,
     "N -2147483649 O O O -2147483649 O O O O O O fc1e0000000000000 fc1e0000000200000 "
     "cc1e0000000000000,0 cc1e0000000200000,0 N"},
    {"i:4294967295", BasicKind::UntypedInt,
     "N 4294967295 O O O 4294967295 4294967295 O O 4294967295 4294967295 4294967295 "
     "f41f0000000000000 f41efffffffe00000 c41f0000000000000,0 c41efffffffe00000,0 N"},
    {"i:4294967296", BasicKind::UntypedInt,
     "N 4294967296 O O O 4294967296 4294967296 O O O 4294967296 4294967296 f41f0000000000000 "
     "f41f0000000000000 c41f0000000000000,0 c41f0000000000000,0 N"},
    {"i:9223372036854775807", BasicKind::UntypedInt,
     "N 9223372036854775807 O O O 9223372036854775807 9223372036854775807 O O O "
     "9223372036854775807 9223372036854775807 f43e0000000000000 f43e0000000000000 "
     "c43e0000000000000,0 c43e0000000000000,0 N"},
    {"i:9223372036854775808", BasicKind::UntypedInt,
     "N O O O O O 9223372036854775808 O O O 9223372036854775808 9223372036854775808 "
     "f43e0000000000000 f43e0000000000000 c43e0000000000000,0 c43e0000000000000,0 N"},
    {"n:i:9223372036854775808", BasicKind::UntypedInt,
     "N -9223372036854775808 O O O -9223372036854775808 O O O O O O fc3e0000000000000 "
     "fc3e0000000000000 cc3e0000000000000,0 cc3e0000000000000,0 N"},
    {"n:i:9223372036854775809", BasicKind::UntypedInt,
     "N O O O O O O O O O O O fc3e0000000000000 fc3e0000000000000 cc3e0000000000000,0 "
     "cc3e0000000000000,0 N"},
    {"i:18446744073709551615", BasicKind::UntypedInt,
     "N O O O O O 18446744073709551615 O O O 18446744073709551615 18446744073709551615 "
     "f43f0000000000000 f43f0000000000000 c43f0000000000000,0 c43f0000000000000,0 N"},
    {"i:18446744073709551616", BasicKind::UntypedInt,
     "N O O O O O O O O O O O f43f0000000000000 f43f0000000000000 c43f0000000000000,0 "
     "c43f0000000000000,0 N"},
    {"i:0x10000000000000000000000000000000000000000", BasicKind::UntypedInt,
     "N O O O O O O O O O O O O f49f0000000000000 O c49f0000000000000,0 N"},
    {"r:'a'", BasicKind::UntypedRune,
     "N 97 97 97 97 97 97 97 97 97 97 97 f4058400000000000 f4058400000000000 c4058400000000000,0 "
     "c4058400000000000,0 N"},
    {"r:'\344\270\226'", BasicKind::UntypedRune,
     "N 19990 O 19990 19990 19990 19990 O 19990 19990 19990 19990 f40d3858000000000 "
     "f40d3858000000000 c40d3858000000000,0 c40d3858000000000,0 N"},
    {"f:1.0", BasicKind::UntypedFloat,
     "N 1 1 1 1 1 1 1 1 1 1 1 f3ff0000000000000 f3ff0000000000000 c3ff0000000000000,0 "
     "c3ff0000000000000,0 N"},
    {"f:1.5", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f3ff8000000000000 f3ff8000000000000 c3ff8000000000000,0 "
     "c3ff8000000000000,0 N"},
    {"n:f:1.5", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T fbff8000000000000 fbff8000000000000 cbff8000000000000,0 "
     "cbff8000000000000,0 N"},
    {"f:1e3", BasicKind::UntypedFloat,
     "N 1000 T 1000 1000 1000 1000 T 1000 1000 1000 1000 f408f400000000000 f408f400000000000 "
     "c408f400000000000,0 c408f400000000000,0 N"},
    {"f:256.0", BasicKind::UntypedFloat,
     "N 256 T 256 256 256 256 T 256 256 256 256 f4070000000000000 f4070000000000000 "
     "c4070000000000000,0 c4070000000000000,0 N"},
    {"f:1e100", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T O f54b249ad2594c37d O c54b249ad2594c37d,0 N"},
    {"f:0.1", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f3fb99999a0000000 f3fb999999999999a c3fb99999a0000000,0 "
     "c3fb999999999999a,0 N"},
    {"f:16777217.0", BasicKind::UntypedFloat,
     "N 16777217 T T 16777217 16777217 16777217 T T 16777217 16777217 16777217 f4170000000000000 "
     "f4170000010000000 c4170000000000000,0 c4170000010000000,0 N"},
    {"f:3.4028234663852886e38", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f47efffffe0000000 f47efffffe0000000 c47efffffe0000000,0 "
     "c47efffffe0000000,0 N"},
    {"f:3.4028235677973366e38", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f47efffffe0000000 f47effffff0000000 c47efffffe0000000,0 "
     "c47effffff0000000,0 N"},
    {"f:3.4028235677973362e38", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f47efffffe0000000 f47efffffefffffff c47efffffe0000000,0 "
     "c47efffffefffffff,0 N"},
    {"f:1e38", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f47d2ced320000000 f47d2ced32a16a1b1 c47d2ced320000000,0 "
     "c47d2ced32a16a1b1,0 N"},
    {"f:1e39", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T O f48078287f49c4a1d O c48078287f49c4a1d,0 N"},
    {"f:1e-46", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f0 f366244ce242c5561 c0,0 c366244ce242c5561,0 N"},
    {"n:f:1e-46", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f0 fb66244ce242c5561 c0,0 cb66244ce242c5561,0 N"},
    {"f:0x1p-149", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f36a0000000000000 f36a0000000000000 c36a0000000000000,0 "
     "c36a0000000000000,0 N"},
    {"f:0x1p-150", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f0 f3690000000000000 c0,0 c3690000000000000,0 N"},
    {"f:0x1.8p-150", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T f36a0000000000000 f3698000000000000 c36a0000000000000,0 "
     "c3698000000000000,0 N"},
    {"f:1e308", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T O f7fe1ccf385ebc8a0 O c7fe1ccf385ebc8a0,0 N"},
    {"f:1e309", BasicKind::UntypedFloat, "N T T T T T T T T T T T O O O O N"},
    {"f:1.7976931348623157e308", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T O f7fefffffffffffff O c7fefffffffffffff,0 N"},
    {"f:0x1.fffffffffffff8p1023", BasicKind::UntypedFloat, "N T T T T T T T T T T T O O O O N"},
    {"f:0x1.fffffffffffff7ffp1023", BasicKind::UntypedFloat,
     "N T T T T T T T T T T T O f7fefffffffffffff O c7fefffffffffffff,0 N"},
    {"f:1e-400", BasicKind::UntypedFloat, "N T T T T T T T T T T T f0 f0 c0,0 c0,0 N"},
    {"n:f:1e-400", BasicKind::UntypedFloat, "N T T T T T T T T T T T f0 f0 c0,0 c0,0 N"},
    {"f:1e1000", BasicKind::UntypedFloat, "N T T T T T T T T T T T O O O O N"},
    {"f:1e5000", BasicKind::UntypedFloat, "N T T T T T T T T T T T O O O O N"},
    {"f:1e-5000", BasicKind::UntypedFloat, "N T T T T T T T T T T T f0 f0 c0,0 c0,0 N"},
    {"m:f:1e5000|f:1e-4999", BasicKind::UntypedFloat,
     "N 10 10 10 10 10 10 10 10 10 10 10 f4024000000000000 f4024000000000000 c4024000000000000,0 "
     "c4024000000000000,0 N"},
    {"f:9223372036854775807.0", BasicKind::UntypedFloat,
     "N 9223372036854775807 T T T 9223372036854775807 9223372036854775807 T T T "
     "9223372036854775807 9223372036854775807 f43e0000000000000 f43e0000000000000 "
     "c43e0000000000000,0 c43e0000000000000,0 N"},
    {"f:9223372036854775808.0", BasicKind::UntypedFloat,
     "N T T T T T 9223372036854775808 T T T 9223372036854775808 9223372036854775808 "
     "f43e0000000000000 f43e0000000000000 c43e0000000000000,0 c43e0000000000000,0 N"},
    {"f:18446744073709551615.0", BasicKind::UntypedFloat,
     "N T T T T T 18446744073709551615 T T T 18446744073709551615 18446744073709551615 "
     "f43f0000000000000 f43f0000000000000 c43f0000000000000,0 c43f0000000000000,0 N"},
    {"c:0i", BasicKind::UntypedComplex, "N 0 0 0 0 0 0 0 0 0 0 0 f0 f0 c0,0 c0,0 N"},
    {"c:1i", BasicKind::UntypedComplex,
     "N T T T T T T T T T T T O O c0,3ff0000000000000 c0,3ff0000000000000 N"},
    {"z:f:1.5|c:0i", BasicKind::UntypedComplex,
     "N T T T T T T T T T T T f3ff8000000000000 f3ff8000000000000 c3ff8000000000000,0 "
     "c3ff8000000000000,0 N"},
    {"z:i:1|c:0i", BasicKind::UntypedComplex,
     "N 1 1 1 1 1 1 1 1 1 1 1 f3ff0000000000000 f3ff0000000000000 c3ff0000000000000,0 "
     "c3ff0000000000000,0 N"},
    {"z:i:300|c:0i", BasicKind::UntypedComplex,
     "N 300 T 300 300 300 300 T 300 300 300 300 f4072c00000000000 f4072c00000000000 "
     "c4072c00000000000,0 c4072c00000000000,0 N"},
    {"z:f:1e100|c:1i", BasicKind::UntypedComplex,
     "N T T T T T T T T T T T O O O c54b249ad2594c37d,3ff0000000000000 N"},
    {"z:f:0.1|c:0.2i", BasicKind::UntypedComplex,
     "N T T T T T T T T T T T O O c3fb99999a0000000,3fc99999a0000000 "
     "c3fb999999999999a,3fc999999999999a N"},
    {"z:f:1e39|c:1i", BasicKind::UntypedComplex,
     "N T T T T T T T T T T T O O O c48078287f49c4a1d,3ff0000000000000 N"},
    {"z:f:1e309|c:1i", BasicKind::UntypedComplex, "N T T T T T T T T T T T O O O O N"},
    {"s:\"a\"", BasicKind::UntypedString, "N N N N N N N N N N N N N N N N \"a\""},
    {"s:`b`", BasicKind::UntypedString, "N N N N N N N N N N N N N N N N \"b\""},
    {"b:true", BasicKind::UntypedBool, "true N N N N N N N N N N N N N N N N"},
};

unsigned long long Bits(double d) { return std::bit_cast<uint64_t>(d); }

std::string Token(const Representation& r) {
  switch (r.failure) {
    case Failure::Truncated:
      return "T";
    case Failure::Overflows:
      return "O";
    case Failure::NotConvertible:
      return "N";
    case Failure::None:
      break;
  }
  char buf[64];  // snprintf: GCC 12 at -O3 warns falsely (-Wrestrict) on "c" + s
  switch (r.value.kind()) {
    case Kind::Int:
      return to_exact_string(r.value);
    case Kind::Float:
      std::snprintf(buf, sizeof buf, "f%llx", Bits(float64_val(r.value).value));
      return buf;
    case Kind::Complex:
      std::snprintf(buf, sizeof buf, "c%llx,%llx", Bits(float64_val(real(r.value)).value),
                    Bits(float64_val(imag(r.value)).value));
      return buf;
    case Kind::Unknown:
    case Kind::Bool:
    case Kind::String:
      break;
  }
  return to_string(r.value);
}

TEST(Represent, MatchesGo) {
  for (const RepresentCase& c : kRepresent) {
    SCOPED_TRACE(std::string(c.x));
    std::string got;
    for (BasicKind target : kTargets) {
      Value x = V(c.x);
      Representation r = represent(x, c.operand, target);
      if (!got.empty()) got += ' ';
      got += Token(r);
      Value rounded = x;
      EXPECT_EQ(representable(x, target, &rounded), r.ok()) << go_name(target);
      if (r.ok()) {
        EXPECT_EQ(to_exact_string(rounded), to_exact_string(r.value)) << go_name(target);
      }
    }
    EXPECT_EQ(got, c.results);
  }
}

// GOARCH=386 go build (go1.19): "cannot use 1 << 31 (untyped int constant
// 2147483648) as int value in variable declaration (overflows)", and the
// same for 1 << 32 as uint and uintptr; 1<<32 - 1 fits uint.
TEST(Represent, WordSize) {
  Value big = shift(V("i:1"), ShiftOp::Shl, 31);
  EXPECT_EQ(represent(big, BasicKind::UntypedInt, BasicKind::Int, 32).failure, Failure::Overflows);
  EXPECT_TRUE(representable(big, BasicKind::Int, nullptr, 64));
  Value big32 = shift(V("i:1"), ShiftOp::Shl, 32);
  EXPECT_EQ(represent(big32, BasicKind::UntypedInt, BasicKind::Uint, 32).failure,
            Failure::Overflows);
  EXPECT_EQ(represent(big32, BasicKind::UntypedInt, BasicKind::Uintptr, 32).failure,
            Failure::Overflows);
  Value max32 = binary_op(big32, BinaryOp::Sub, V("i:1"));
  EXPECT_TRUE(representable(max32, BasicKind::Uint, nullptr, 32));
  EXPECT_TRUE(representable(unary_op(UnaryOp::Minus, big), BasicKind::Int, nullptr, 32));
}

TEST(Represent, UntypedTargetsAndUnknown) {
  // types2: an Unknown value is representable (its error was reported);
  // untyped float/complex targets take any number and leave it unconverted.
  EXPECT_TRUE(representable(make_unknown(), BasicKind::Int8));
  Value rounded;
  EXPECT_TRUE(representable(V("i:7"), BasicKind::UntypedFloat, &rounded));
  EXPECT_EQ(rounded.kind(), Kind::Unknown);  // untouched
  EXPECT_TRUE(representable(V("f:2.0"), BasicKind::UntypedInt, &rounded));
  EXPECT_EQ(rounded.kind(), Kind::Int);
  EXPECT_TRUE(representable(V("f:1e5000"), BasicKind::UntypedComplex));
  EXPECT_FALSE(representable(V("f:2.5"), BasicKind::UntypedRune));
  EXPECT_FALSE(representable(V("s:\"a\""), BasicKind::UntypedBool));
  EXPECT_TRUE(representable(V("b:false"), BasicKind::UntypedBool));
  Representation r = represent(V("s:\"a\""), BasicKind::UntypedString, BasicKind::Int);
  EXPECT_EQ(r.failure, Failure::NotConvertible);
  EXPECT_EQ(r.value.kind(), Kind::Unknown);
}

TEST(Represent, Helpers) {
  EXPECT_EQ(go_name(BasicKind::UntypedFloat), "untyped float");
  EXPECT_EQ(go_name(BasicKind::Uintptr), "uintptr");
  EXPECT_TRUE(is_untyped(BasicKind::UntypedRune));
  EXPECT_FALSE(is_untyped(BasicKind::Int));
  EXPECT_TRUE(is_integer(BasicKind::UntypedRune));
  EXPECT_FALSE(is_integer(BasicKind::Float32));
  EXPECT_TRUE(is_numeric(BasicKind::Complex64));
  EXPECT_FALSE(is_numeric(BasicKind::String));
  // types2's overflow(): "constant shift overflow" above 512 bits.
  EXPECT_FALSE(untyped_int_overflows(shift(V("i:1"), ShiftOp::Shl, 511)));
  EXPECT_TRUE(untyped_int_overflows(shift(V("i:1"), ShiftOp::Shl, 512)));
  EXPECT_TRUE(untyped_int_overflows(shift(V("n:i:1"), ShiftOp::Shl, 512)));  // bit_len 513
  EXPECT_FALSE(untyped_int_overflows(V("f:1e1000")));
  // roundFloat32/64: 1e39 does not fit float32; 0.1 rounds to its float32.
  EXPECT_EQ(round_float32(V("f:1e39")).kind(), Kind::Unknown);
  EXPECT_EQ(to_exact_string(round_float32(V("f:0.1"))), "13421773/134217728");
  EXPECT_EQ(to_exact_string(round_float64(V("f:0.1"))), "3602879701896397/36028797018963968");
}

}  // namespace
}  // namespace gocxx::constant
