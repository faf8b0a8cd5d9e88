// This file implements the tests of numeric conversions and accessors:
// to_int (with go/constant's rounding tolerance), to_float, to_complex,
// int64/uint64 values, float64/float32 rounding at every edge (largest
// finite, halfway to overflow, denormals, ties to even), sign, bit_len,
// numerator and denominator.

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

#include "check/constant/format.h"
#include "check/constant/ops.h"
#include "check/constant/test_util.h"

namespace gocxx::constant {
namespace {

using Form = Value::Form;
using testing::V;

struct Converted {
  Form form;
  std::string_view exact;  // to_exact_string, first 60 bytes
};

struct ConvertCase {
  std::string_view x;
  Converted to_int, to_float, to_complex;
  Exact<int64_t> i64;
  Exact<uint64_t> u64;
  uint64_t f64_bits;
  bool f64_exact;
  uint32_t f32_bits;
  bool f32_exact;
  int sign;
  int64_t bit_len;
  std::string_view num, denom;  // exact strings, first 60 bytes
};

// From go1.19 (generator /tmp/constgo/gen, "convert"): ToInt, ToFloat,
// ToComplex, Int64Val, Uint64Val, Float64Val and Float32Val (as IEEE bits),
// Sign, BitLen, Num and Denom. Accessors Go would panic on (Int64Val of a
// Float, Float64Val of a Complex, ...) are listed with our zero results.
const ConvertCase kConvert[] = {
    {"i:0", {Form::SmallInt, "0"}, {Form::Rat, "0"}, {Form::Complex, "(0 + 0i)"}, {0LL, true}, {0ULL, true}, 0x0000000000000000ULL, true, 0x00000000U, true, 0, 0, "0", "1"},
    {"i:42", {Form::SmallInt, "42"}, {Form::Rat, "42"}, {Form::Complex, "(42 + 0i)"}, {42LL, true}, {42ULL, true}, 0x4045000000000000ULL, true, 0x42280000U, true, 1, 6, "42", "1"},
    {"n:i:42", {Form::SmallInt, "-42"}, {Form::Rat, "-42"}, {Form::Complex, "(-42 + 0i)"}, {-42LL, true}, {18446744073709551574ULL, false}, 0xc045000000000000ULL, true, 0xc2280000U, true, -1, 6, "-42", "1"},
    {"i:9223372036854775807", {Form::SmallInt, "9223372036854775807"}, {Form::Rat, "9223372036854775807"}, {Form::Complex, "(9223372036854775807 + 0i)"}, {9223372036854775807LL, true}, {9223372036854775807ULL, true}, 0x43e0000000000000ULL, false, 0x5f000000U, false, 1, 63, "9223372036854775807", "1"},
    {"n:i:9223372036854775808", {Form::SmallInt, "-9223372036854775808"}, {Form::Rat, "-9223372036854775808"}, {Form::Complex, "(-9223372036854775808 + 0i)"}, {INT64_MIN, true}, {9223372036854775808ULL, false}, 0xc3e0000000000000ULL, true, 0xdf000000U, true, -1, 64, "-9223372036854775808", "1"},
    {"i:9223372036854775808", {Form::BigInt, "9223372036854775808"}, {Form::Rat, "9223372036854775808"}, {Form::Complex, "(9223372036854775808 + 0i)"}, {INT64_MIN, false}, {9223372036854775808ULL, true}, 0x43e0000000000000ULL, true, 0x5f000000U, true, 1, 64, "9223372036854775808", "1"},
    {"i:18446744073709551615", {Form::BigInt, "18446744073709551615"}, {Form::Rat, "18446744073709551615"}, {Form::Complex, "(18446744073709551615 + 0i)"}, {-1LL, false}, {18446744073709551615ULL, true}, 0x43f0000000000000ULL, false, 0x5f800000U, false, 1, 64, "18446744073709551615", "1"},
    {"i:18446744073709551616", {Form::BigInt, "18446744073709551616"}, {Form::Rat, "18446744073709551616"}, {Form::Complex, "(18446744073709551616 + 0i)"}, {0LL, false}, {0ULL, false}, 0x43f0000000000000ULL, true, 0x5f800000U, true, 1, 65, "18446744073709551616", "1"},
    {"n:i:18446744073709551616", {Form::BigInt, "-18446744073709551616"}, {Form::Rat, "-18446744073709551616"}, {Form::Complex, "(-18446744073709551616 + 0i)"}, {0LL, false}, {0ULL, false}, 0xc3f0000000000000ULL, true, 0xdf800000U, true, -1, 65, "-18446744073709551616", "1"},
    {"i:9007199254740993", {Form::SmallInt, "9007199254740993"}, {Form::Rat, "9007199254740993"}, {Form::Complex, "(9007199254740993 + 0i)"}, {9007199254740993LL, true}, {9007199254740993ULL, true}, 0x4340000000000000ULL, false, 0x5a000000U, false, 1, 54, "9007199254740993", "1"},
    {"i:9007199254740995", {Form::SmallInt, "9007199254740995"}, {Form::Rat, "9007199254740995"}, {Form::Complex, "(9007199254740995 + 0i)"}, {9007199254740995LL, true}, {9007199254740995ULL, true}, 0x4340000000000002ULL, false, 0x5a000000U, false, 1, 54, "9007199254740995", "1"},
    {"i:16777217", {Form::SmallInt, "16777217"}, {Form::Rat, "16777217"}, {Form::Complex, "(16777217 + 0i)"}, {16777217LL, true}, {16777217ULL, true}, 0x4170000010000000ULL, true, 0x4b800000U, false, 1, 25, "16777217", "1"},
    {"i:16777219", {Form::SmallInt, "16777219"}, {Form::Rat, "16777219"}, {Form::Complex, "(16777219 + 0i)"}, {16777219LL, true}, {16777219ULL, true}, 0x4170000030000000ULL, true, 0x4b800002U, false, 1, 25, "16777219", "1"},
    {"i:0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {Form::BigInt, "204586912993508866875824356051724947013540127877691549342705"}, {Form::Rat, "204586912993508866875824356051724947013540127877691549342705"}, {Form::Complex, "(20458691299350886687582435605172494701354012787769154934270"}, {0LL, false}, {0ULL, false}, 0x5ef0000000000000ULL, true, 0x7f800000U, false, 1, 497, "204586912993508866875824356051724947013540127877691549342705", "1"},
    {"n:i:0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {Form::BigInt, "-20458691299350886687582435605172494701354012787769154934270"}, {Form::Rat, "-20458691299350886687582435605172494701354012787769154934270"}, {Form::Complex, "(-2045869129935088668758243560517249470135401278776915493427"}, {0LL, false}, {0ULL, false}, 0xdef0000000000000ULL, true, 0xff800000U, false, -1, 497, "-20458691299350886687582435605172494701354012787769154934270", "1"},
    // go1.19 says exact: big.Float.SetInt rounds 2**1000-1 to 512 bits first and
    // its loss is ignored. The checker never uses the flag; ours is correct.
    {"i:0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", {Form::BigInt, "107150860718626732094842504906000181056140481170553360744375"}, {Form::Rat, "107150860718626732094842504906000181056140481170553360744375"}, {Form::Complex, "(10715086071862673209484250490600018105614048117055336074437"}, {-1LL, false}, {18446744073709551615ULL, false}, 0x7e70000000000000ULL, false, 0x7f800000U, false, 1, 1000, "107150860718626732094842504906000181056140481170553360744375", "1"},
    {"i:0xfffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", {Form::BigInt, "179769313486231570814527423731704356798070567525844996598917"}, {Form::Rat, "179769313486231570814527423731704356798070567525844996598917"}, {Form::Complex, "(17976931348623157081452742373170435679807056752584499659891"}, {0LL, false}, {0ULL, false}, 0x7fefffffffffffffULL, true, 0x7f800000U, false, 1, 1024, "179769313486231570814527423731704356798070567525844996598917", "1"},
    {"i:0xfffffffffffff7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", {Form::BigInt, "301602860253022008957462252587033004214229829462368709045930"}, {Form::Rat, "301602860253022008957462252587033004214229829462368709045930"}, {Form::Complex, "(30160286025302200895746225258703300421422982946236870904593"}, {-1LL, false}, {18446744073709551615ULL, false}, 0x7ff0000000000000ULL, false, 0x7f800000U, false, 1, 1048, "301602860253022008957462252587033004214229829462368709045930", "1"},
    {"f:0.0", {Form::SmallInt, "0"}, {Form::Rat, "0"}, {Form::Complex, "(0 + 0i)"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, true, 0x00000000U, true, 0, 0, "0", "1"},
    {"f:1.0", {Form::SmallInt, "1"}, {Form::Rat, "1"}, {Form::Complex, "(1 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3ff0000000000000ULL, true, 0x3f800000U, true, 1, 0, "1", "1"},
    {"f:1.5", {Form::Unknown, "unknown"}, {Form::Rat, "3/2"}, {Form::Complex, "(3/2 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3ff8000000000000ULL, true, 0x3fc00000U, true, 1, 0, "3", "2"},
    {"n:f:1.5", {Form::Unknown, "unknown"}, {Form::Rat, "-3/2"}, {Form::Complex, "(-3/2 + 0i)"}, {0LL, false}, {0ULL, false}, 0xbff8000000000000ULL, true, 0xbfc00000U, true, -1, 0, "-3", "2"},
    {"f:2.5", {Form::Unknown, "unknown"}, {Form::Rat, "5/2"}, {Form::Complex, "(5/2 + 0i)"}, {0LL, false}, {0ULL, false}, 0x4004000000000000ULL, true, 0x40200000U, true, 1, 0, "5", "2"},
    {"f:0.1", {Form::Unknown, "unknown"}, {Form::Rat, "1/10"}, {Form::Complex, "(1/10 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3fb999999999999aULL, false, 0x3dcccccdU, false, 1, 0, "1", "10"},
    {"f:1e100", {Form::BigInt, "100000000000000000000000000000000000000000000000000000000000"}, {Form::Rat, "100000000000000000000000000000000000000000000000000000000000"}, {Form::Complex, "(10000000000000000000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x54b249ad2594c37dULL, false, 0x7f800000U, false, 1, 0, "100000000000000000000000000000000000000000000000000000000000", "1"},
    {"f:1e-100", {Form::Unknown, "unknown"}, {Form::Rat, "1/1000000000000000000000000000000000000000000000000000000000"}, {Form::Complex, "(1/100000000000000000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x2b2bff2ee48e0530ULL, false, 0x00000000U, false, 1, 0, "1", "100000000000000000000000000000000000000000000000000000000000"},
    {"f:1e300", {Form::BigInt, "100000000000000000000000000000000000000000000000000000000000"}, {Form::Rat, "100000000000000000000000000000000000000000000000000000000000"}, {Form::Complex, "(10000000000000000000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x7e37e43c8800759cULL, false, 0x7f800000U, false, 1, 0, "100000000000000000000000000000000000000000000000000000000000", "1"},
    {"f:0x1p4094", {Form::BigInt, "261097220353288126672938177679156095644991062261845945096058"}, {Form::Rat, "261097220353288126672938177679156095644991062261845945096058"}, {Form::Complex, "(26109722035328812667293817767915609564499106226184594509605"}, {0LL, false}, {0ULL, false}, 0x7ff0000000000000ULL, false, 0x7f800000U, false, 1, 0, "261097220353288126672938177679156095644991062261845945096058", "1"},
    {"f:1e5000", {Form::Unknown, "unknown"}, {Form::BigFloat, "0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a"}, {Form::Complex, "(0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640"}, {0LL, false}, {0ULL, false}, 0x7ff0000000000000ULL, false, 0x7f800000U, false, 1, 0, "unknown", "unknown"},
    {"f:1e-5000", {Form::Unknown, "unknown"}, {Form::BigFloat, "0x.a43978d593b68f3f4485e2694f9f29eef41ea50773490ef5ac03cff6c"}, {Form::Complex, "(0x.a43978d593b68f3f4485e2694f9f29eef41ea50773490ef5ac03cff6"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
    {"n:f:1e-5000", {Form::Unknown, "unknown"}, {Form::BigFloat, "-0x.a43978d593b68f3f4485e2694f9f29eef41ea50773490ef5ac03cff6"}, {Form::Complex, "(-0x.a43978d593b68f3f4485e2694f9f29eef41ea50773490ef5ac03cff"}, {0LL, false}, {0ULL, false}, 0x8000000000000000ULL, false, 0x80000000U, false, -1, 0, "unknown", "unknown"},
    {"q:f:1e5000|f:1e4999", {Form::SmallInt, "10"}, {Form::BigFloat, "0x.ap+4"}, {Form::Complex, "(0x.ap+4 + 0i)"}, {0LL, false}, {0ULL, false}, 0x4024000000000000ULL, true, 0x41200000U, true, 1, 0, "10", "1"},
    {"q:f:1e5000|f:3e4999", {Form::Unknown, "unknown"}, {Form::BigFloat, "0x.d55555555555555555555555555555555555555555555555555555555"}, {Form::Complex, "(0x.d5555555555555555555555555555555555555555555555555555555"}, {0LL, false}, {0ULL, false}, 0x400aaaaaaaaaaaabULL, false, 0x40555555U, false, 1, 0, "558658663747608212482251041591910255311640242524683057405148", "167597599124282463744675312477573076593492072757404917221544"},
    {"f:1.7976931348623157e308", {Form::BigInt, "179769313486231570000000000000000000000000000000000000000000"}, {Form::Rat, "179769313486231570000000000000000000000000000000000000000000"}, {Form::Complex, "(17976931348623157000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x7fefffffffffffffULL, false, 0x7f800000U, false, 1, 0, "179769313486231570000000000000000000000000000000000000000000", "1"},
    {"f:1.7976931348623158e308", {Form::BigInt, "179769313486231580000000000000000000000000000000000000000000"}, {Form::Rat, "179769313486231580000000000000000000000000000000000000000000"}, {Form::Complex, "(17976931348623158000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x7fefffffffffffffULL, false, 0x7f800000U, false, 1, 0, "179769313486231580000000000000000000000000000000000000000000", "1"},
    {"f:1.7976931348623159e308", {Form::BigInt, "179769313486231590000000000000000000000000000000000000000000"}, {Form::Rat, "179769313486231590000000000000000000000000000000000000000000"}, {Form::Complex, "(17976931348623159000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x7ff0000000000000ULL, false, 0x7f800000U, false, 1, 0, "179769313486231590000000000000000000000000000000000000000000", "1"},
    {"f:0x1.fffffffffffff7ffffp1023", {Form::BigInt, "179769313486231580793709937588874899456730317510061508209004"}, {Form::Rat, "179769313486231580793709937588874899456730317510061508209004"}, {Form::Complex, "(17976931348623158079370993758887489945673031751006150820900"}, {0LL, false}, {0ULL, false}, 0x7fefffffffffffffULL, false, 0x7f800000U, false, 1, 0, "179769313486231580793709937588874899456730317510061508209004", "1"},
    {"f:0x1.fffffffffffff8p1023", {Form::BigInt, "179769313486231580793728971405303415079934132710037826936173"}, {Form::Rat, "179769313486231580793728971405303415079934132710037826936173"}, {Form::Complex, "(17976931348623158079372897140530341507993413271003782693617"}, {0LL, false}, {0ULL, false}, 0x7ff0000000000000ULL, false, 0x7f800000U, false, 1, 0, "179769313486231580793728971405303415079934132710037826936173", "1"},
    {"f:1e309", {Form::BigInt, "100000000000000000000000000000000000000000000000000000000000"}, {Form::Rat, "100000000000000000000000000000000000000000000000000000000000"}, {Form::Complex, "(10000000000000000000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x7ff0000000000000ULL, false, 0x7f800000U, false, 1, 0, "100000000000000000000000000000000000000000000000000000000000", "1"},
    // go1.19 says float32 0 is exact here (big.Rat.Float32 loses the
    // underflowed bits of its exactness); we say inexact.
    {"f:0x1p-1074", {Form::Unknown, "unknown"}, {Form::Rat, "1/2024022533073106183524953467189173070495566497641421183569"}, {Form::Complex, "(1/202402253307310618352495346718917307049556649764142118356"}, {0LL, false}, {0ULL, false}, 0x0000000000000001ULL, true, 0x00000000U, false, 1, 0, "1", "202402253307310618352495346718917307049556649764142118356901"},
    // go1.19 says float32 0 is exact here (big.Rat.Float32 loses the
    // underflowed bits of its exactness); we say inexact.
    {"f:0x1p-1075", {Form::Unknown, "unknown"}, {Form::Rat, "1/4048045066146212367049906934378346140991132995282842367138"}, {Form::Complex, "(1/404804506614621236704990693437834614099113299528284236713"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "1", "404804506614621236704990693437834614099113299528284236713802"},
    {"f:0x1.0000001p-1075", {Form::Unknown, "unknown"}, {Form::Rat, "268435457/10866388232395086794218811426874134228827950775453"}, {Form::Complex, "(268435457/1086638823239508679421881142687413422882795077545"}, {0LL, false}, {0ULL, false}, 0x0000000000000001ULL, false, 0x00000000U, false, 1, 0, "268435457", "108663882323950867942188114268741342288279507754539563979881"},
    // go1.19 says float32 0 is exact here (big.Rat.Float32 loses the
    // underflowed bits of its exactness); we say inexact.
    {"f:0x3p-1075", {Form::Unknown, "unknown"}, {Form::Rat, "3/4048045066146212367049906934378346140991132995282842367138"}, {Form::Complex, "(3/404804506614621236704990693437834614099113299528284236713"}, {0LL, false}, {0ULL, false}, 0x0000000000000002ULL, false, 0x00000000U, false, 1, 0, "3", "404804506614621236704990693437834614099113299528284236713802"},
    // go1.19 says float32 0 is exact here (big.Rat.Float32 loses the
    // underflowed bits of its exactness); we say inexact.
    {"f:0x1.4p-1074", {Form::Unknown, "unknown"}, {Form::Rat, "5/8096090132292424734099813868756692281982265990565684734276"}, {Form::Complex, "(5/809609013229242473409981386875669228198226599056568473427"}, {0LL, false}, {0ULL, false}, 0x0000000000000001ULL, false, 0x00000000U, false, 1, 0, "5", "809609013229242473409981386875669228198226599056568473427605"},
    // go1.19 says float32 0 is exact here (big.Rat.Float32 loses the
    // underflowed bits of its exactness); we say inexact.
    {"f:0x5p-1076", {Form::Unknown, "unknown"}, {Form::Rat, "5/8096090132292424734099813868756692281982265990565684734276"}, {Form::Complex, "(5/809609013229242473409981386875669228198226599056568473427"}, {0LL, false}, {0ULL, false}, 0x0000000000000001ULL, false, 0x00000000U, false, 1, 0, "5", "809609013229242473409981386875669228198226599056568473427605"},
    {"f:4.9406564584124654e-324", {Form::Unknown, "unknown"}, {Form::Rat, "24703282292062327/500000000000000000000000000000000000000000"}, {Form::Complex, "(24703282292062327/50000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x0000000000000001ULL, false, 0x00000000U, false, 1, 0, "24703282292062327", "500000000000000000000000000000000000000000000000000000000000"},
    {"f:2.4703282292062327e-324", {Form::Unknown, "unknown"}, {Form::Rat, "24703282292062327/100000000000000000000000000000000000000000"}, {Form::Complex, "(24703282292062327/10000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "24703282292062327", "100000000000000000000000000000000000000000000000000000000000"},
    {"f:2.4703282292062328e-324", {Form::Unknown, "unknown"}, {Form::Rat, "3087910286507791/1250000000000000000000000000000000000000000"}, {Form::Complex, "(3087910286507791/125000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x0000000000000001ULL, false, 0x00000000U, false, 1, 0, "3087910286507791", "125000000000000000000000000000000000000000000000000000000000"},
    {"f:1e-400", {Form::Unknown, "unknown"}, {Form::Rat, "1/1000000000000000000000000000000000000000000000000000000000"}, {Form::Complex, "(1/100000000000000000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "1", "100000000000000000000000000000000000000000000000000000000000"},
    {"n:f:1e-400", {Form::Unknown, "unknown"}, {Form::Rat, "-1/100000000000000000000000000000000000000000000000000000000"}, {Form::Complex, "(-1/10000000000000000000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x8000000000000000ULL, false, 0x80000000U, false, -1, 0, "-1", "100000000000000000000000000000000000000000000000000000000000"},
    {"f:2.2250738585072011e-308", {Form::Unknown, "unknown"}, {Form::Rat, "22250738585072011/100000000000000000000000000000000000000000"}, {Form::Complex, "(22250738585072011/10000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x000fffffffffffffULL, false, 0x00000000U, false, 1, 0, "22250738585072011", "100000000000000000000000000000000000000000000000000000000000"},
    {"f:2.2250738585072014e-308", {Form::Unknown, "unknown"}, {Form::Rat, "11125369292536007/500000000000000000000000000000000000000000"}, {Form::Complex, "(11125369292536007/50000000000000000000000000000000000000000"}, {0LL, false}, {0ULL, false}, 0x0010000000000000ULL, false, 0x00000000U, false, 1, 0, "11125369292536007", "500000000000000000000000000000000000000000000000000000000000"},
    {"f:0x1.00000000000008p0", {Form::Unknown, "unknown"}, {Form::Rat, "9007199254740993/9007199254740992"}, {Form::Complex, "(9007199254740993/9007199254740992 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3ff0000000000000ULL, false, 0x3f800000U, false, 1, 0, "9007199254740993", "9007199254740992"},
    {"f:0x1.00000000000018p0", {Form::Unknown, "unknown"}, {Form::Rat, "9007199254740995/9007199254740992"}, {Form::Complex, "(9007199254740995/9007199254740992 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3ff0000000000002ULL, false, 0x3f800000U, false, 1, 0, "9007199254740995", "9007199254740992"},
    {"f:0x1.000000000000080000001p0", {Form::Unknown, "unknown"}, {Form::Rat, "19342813113834068942782465/19342813113834066795298816"}, {Form::Complex, "(19342813113834068942782465/19342813113834066795298816 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3ff0000000000001ULL, false, 0x3f800000U, false, 1, 0, "19342813113834068942782465", "19342813113834066795298816"},
    {"f:3.4028234663852886e38", {Form::BigInt, "340282346638528860000000000000000000000"}, {Form::Rat, "340282346638528860000000000000000000000"}, {Form::Complex, "(340282346638528860000000000000000000000 + 0i)"}, {0LL, false}, {0ULL, false}, 0x47efffffe0000000ULL, false, 0x7f7fffffU, false, 1, 0, "340282346638528860000000000000000000000", "1"},
    {"f:3.4028235e38", {Form::BigInt, "340282350000000000000000000000000000000"}, {Form::Rat, "340282350000000000000000000000000000000"}, {Form::Complex, "(340282350000000000000000000000000000000 + 0i)"}, {0LL, false}, {0ULL, false}, 0x47efffffe54daff8ULL, false, 0x7f7fffffU, false, 1, 0, "340282350000000000000000000000000000000", "1"},
    {"f:3.4028235677973366e38", {Form::BigInt, "340282356779733660000000000000000000000"}, {Form::Rat, "340282356779733660000000000000000000000"}, {Form::Complex, "(340282356779733660000000000000000000000 + 0i)"}, {0LL, false}, {0ULL, false}, 0x47effffff0000000ULL, false, 0x7f7fffffU, false, 1, 0, "340282356779733660000000000000000000000", "1"},
    {"f:3.4028235677973367e38", {Form::BigInt, "340282356779733670000000000000000000000"}, {Form::Rat, "340282356779733670000000000000000000000"}, {Form::Complex, "(340282356779733670000000000000000000000 + 0i)"}, {0LL, false}, {0ULL, false}, 0x47effffff0000000ULL, false, 0x7f800000U, false, 1, 0, "340282356779733670000000000000000000000", "1"},
    {"f:0x1.fffffeffffffffp127", {Form::BigInt, "340282356779733659276356154023319961600"}, {Form::Rat, "340282356779733659276356154023319961600"}, {Form::Complex, "(340282356779733659276356154023319961600 + 0i)"}, {0LL, false}, {0ULL, false}, 0x47effffff0000000ULL, false, 0x7f7fffffU, false, 1, 0, "340282356779733659276356154023319961600", "1"},
    {"f:0x1p-149", {Form::Unknown, "unknown"}, {Form::Rat, "1/713623846352979940529142984724747568191373312"}, {Form::Complex, "(1/713623846352979940529142984724747568191373312 + 0i)"}, {0LL, false}, {0ULL, false}, 0x36a0000000000000ULL, true, 0x00000001U, true, 1, 0, "1", "713623846352979940529142984724747568191373312"},
    {"f:0x1p-150", {Form::Unknown, "unknown"}, {Form::Rat, "1/1427247692705959881058285969449495136382746624"}, {Form::Complex, "(1/1427247692705959881058285969449495136382746624 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3690000000000000ULL, true, 0x00000000U, false, 1, 0, "1", "1427247692705959881058285969449495136382746624"},
    {"f:0x1.8p-149", {Form::Unknown, "unknown"}, {Form::Rat, "3/1427247692705959881058285969449495136382746624"}, {Form::Complex, "(3/1427247692705959881058285969449495136382746624 + 0i)"}, {0LL, false}, {0ULL, false}, 0x36a8000000000000ULL, true, 0x00000002U, false, 1, 0, "3", "1427247692705959881058285969449495136382746624"},
    {"f:1e-46", {Form::Unknown, "unknown"}, {Form::Rat, "1/10000000000000000000000000000000000000000000000"}, {Form::Complex, "(1/10000000000000000000000000000000000000000000000 + 0i)"}, {0LL, false}, {0ULL, false}, 0x366244ce242c5561ULL, false, 0x00000000U, false, 1, 0, "1", "10000000000000000000000000000000000000000000000"},
    {"f:1.17549435e-38", {Form::Unknown, "unknown"}, {Form::Rat, "23509887/2000000000000000000000000000000000000000000000"}, {Form::Complex, "(23509887/2000000000000000000000000000000000000000000000 + 0"}, {0LL, false}, {0ULL, false}, 0x380fffffff9fdba8ULL, false, 0x00800000U, false, 1, 0, "23509887", "2000000000000000000000000000000000000000000000"},
    {"f:0x1.000001p0", {Form::Unknown, "unknown"}, {Form::Rat, "16777217/16777216"}, {Form::Complex, "(16777217/16777216 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3ff0000010000000ULL, true, 0x3f800000U, false, 1, 0, "16777217", "16777216"},
    {"f:0x1.0000018p0", {Form::Unknown, "unknown"}, {Form::Rat, "33554435/33554432"}, {Form::Complex, "(33554435/33554432 + 0i)"}, {0LL, false}, {0ULL, false}, 0x3ff0000018000000ULL, true, 0x3f800001U, false, 1, 0, "33554435", "33554432"},
    {"f:16777217.0", {Form::SmallInt, "16777217"}, {Form::Rat, "16777217"}, {Form::Complex, "(16777217 + 0i)"}, {0LL, false}, {0ULL, false}, 0x4170000010000000ULL, true, 0x4b800000U, false, 1, 0, "16777217", "1"},
    {"f:33554435.0", {Form::SmallInt, "33554435"}, {Form::Rat, "33554435"}, {Form::Complex, "(33554435 + 0i)"}, {0LL, false}, {0ULL, false}, 0x4180000018000000ULL, true, 0x4c000001U, false, 1, 0, "33554435", "1"},
    {"c:0i", {Form::SmallInt, "0"}, {Form::Rat, "0"}, {Form::Complex, "(0 + 0i)"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 0, 0, "unknown", "unknown"},
    {"z:i:1|c:0i", {Form::SmallInt, "1"}, {Form::Rat, "1"}, {Form::Complex, "(1 + 0i)"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
    {"z:f:1.5|c:0i", {Form::Unknown, "unknown"}, {Form::Rat, "3/2"}, {Form::Complex, "(3/2 + 0i)"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
    {"c:1i", {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {Form::Complex, "(0 + 1i)"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
    {"z:f:2.5|c:1.5i", {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {Form::Complex, "(5/2 + 3/2i)"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
    {"z:i:3|f:0.0", {Form::SmallInt, "3"}, {Form::Rat, "3"}, {Form::Complex, "(3 + 0i)"}, {0LL, false}, {0ULL, false}, 0x4008000000000000ULL, true, 0x40400000U, true, 1, 0, "3", "1"},
    {"b:true", {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
    {"s:\"x\"", {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
    {"u:", {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {Form::Unknown, "unknown"}, {0LL, false}, {0ULL, false}, 0x0000000000000000ULL, false, 0x00000000U, false, 1, 0, "unknown", "unknown"},
};

void ExpectConverted(const Value& v, const Converted& c, const char* what) {
  EXPECT_EQ(v.form(), c.form) << what;
  EXPECT_EQ(to_exact_string(v).substr(0, 60), c.exact) << what;
}

TEST(Convert, MatchesGo) {
  for (const ConvertCase& c : kConvert) {
    SCOPED_TRACE(std::string(c.x));
    Value v = V(c.x);
    ExpectConverted(to_int(v), c.to_int, "to_int");
    ExpectConverted(to_float(v), c.to_float, "to_float");
    ExpectConverted(to_complex(v), c.to_complex, "to_complex");
    EXPECT_EQ(int64_val(v).value, c.i64.value);
    EXPECT_EQ(int64_val(v).exact, c.i64.exact);
    EXPECT_EQ(uint64_val(v).value, c.u64.value);
    EXPECT_EQ(uint64_val(v).exact, c.u64.exact);
    Exact<double> f64 = float64_val(v);
    EXPECT_EQ(std::bit_cast<uint64_t>(f64.value), c.f64_bits) << f64.value;
    EXPECT_EQ(f64.exact, c.f64_exact);
    Exact<float> f32 = float32_val(v);
    EXPECT_EQ(std::bit_cast<uint32_t>(f32.value), c.f32_bits) << f32.value;
    EXPECT_EQ(f32.exact, c.f32_exact);
    EXPECT_EQ(sign(v), c.sign);
    EXPECT_EQ(bit_len(v), c.bit_len);
    EXPECT_EQ(to_exact_string(num(v)).substr(0, 60), c.num);
    EXPECT_EQ(to_exact_string(denom(v)).substr(0, 60), c.denom);
  }
}

TEST(Convert, RealAndImag) {
  Value z = V("z:f:2.5|c:1.5i");
  EXPECT_EQ(to_exact_string(real(z)), "5/2");
  EXPECT_EQ(to_exact_string(imag(z)), "3/2");
  EXPECT_EQ(to_exact_string(imag(V("i:7"))), "0");
  EXPECT_EQ(to_exact_string(real(V("i:7"))), "7");
  EXPECT_EQ(real(V("u:")).kind(), Kind::Unknown);
  EXPECT_EQ(imag(V("s:\"a\"")).kind(), Kind::Unknown);
}

TEST(Convert, Factories) {
  // go1.19: MakeUint64(1<<63) is 9223372036854775808, MakeFloat64(-0.0) is
  // 0 with sign 0, MakeFloat64(+Inf) Unknown, MakeFloat64(0.1) the exact
  // binary fraction, MakeImag(2) (0 + 2i).
  EXPECT_EQ(to_string(make_uint64(uint64_t{1} << 63)), "9223372036854775808");
  EXPECT_EQ(make_uint64(uint64_t{1} << 63).form(), Form::BigInt);
  EXPECT_EQ(make_uint64(5).form(), Form::SmallInt);
  EXPECT_EQ(sign(make_float64(-0.0)), 0);
  EXPECT_EQ(std::bit_cast<uint64_t>(float64_val(make_float64(-0.0)).value), 0u);
  EXPECT_EQ(make_float64(1.0 / 0.0).kind(), Kind::Unknown);
  EXPECT_EQ(make_float64(__builtin_nan("")).kind(), Kind::Unknown);
  EXPECT_EQ(to_exact_string(make_float64(0.1)), "3602879701896397/36028797018963968");
  EXPECT_EQ(to_string(make_float64(0.1)), "0.1");
  EXPECT_EQ(to_exact_string(make_imag(make_int64(2))), "(0 + 2i)");
  EXPECT_EQ(make_imag(make_string("a")).kind(), Kind::Unknown);
  EXPECT_EQ(make_imag(V("c:1i")).kind(), Kind::Unknown);
  EXPECT_TRUE(bool_val(make_bool(true)));
  EXPECT_FALSE(bool_val(V("i:1")));
  EXPECT_EQ(string_val(make_string(std::string("a\0b", 3))), std::string("a\0b", 3));
  EXPECT_EQ(string_val(V("i:1")), "");
  EXPECT_EQ(kind_name(V("c:1i").kind()), "Complex");
}

}  // namespace
}  // namespace gocxx::constant
