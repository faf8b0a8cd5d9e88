// This file implements the tests of unary and binary constant arithmetic:
// int64 fast paths and their overflow into GMP, 512-bit products, exact
// rational arithmetic, 512-bit floats, complex numbers, strings, booleans,
// division by zero and invalid operations.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "check/constant/format.h"
#include "check/constant/ops.h"
#include "check/constant/test_util.h"

namespace gocxx::constant {
namespace {

using Form = Value::Form;
using testing::V;

// The expected result of an operation, as go1.19 prints it.
struct Result {
  Form form;
  std::string_view string;  // to_string
  std::string_view exact;   // to_exact_string, or its first 60 bytes if exact_len > 0
  size_t exact_len;
};

void ExpectResult(const Value& v, const Result& r) {
  EXPECT_EQ(v.form(), r.form);
  EXPECT_EQ(to_string(v), r.string);
  std::string exact = to_exact_string(v);
  if (r.exact_len == 0) {
    EXPECT_EQ(exact, r.exact);
  } else {
    EXPECT_EQ(exact.size(), r.exact_len);
    EXPECT_EQ(exact.substr(0, r.exact.size()), r.exact);
  }
}

struct BinaryCase {
  std::string_view x;
  BinaryOp op;
  std::string_view y;
  Form form;
  std::string_view string, exact;
  size_t exact_len;
};

// From go1.19: constant.BinaryOp(x, op, y) (IntQuo is token.QUO_ASSIGN),
// operands built by MakeFromLiteral (generator /tmp/constgo/gen, "binary").
constexpr BinaryCase kBinary[] = {
    {"i:7", BinaryOp::Add, "i:2", Form::SmallInt, "9", "9", 0},
    {"n:i:7", BinaryOp::Add, "i:2", Form::SmallInt, "-5", "-5", 0},
    {"i:7", BinaryOp::Add, "n:i:2", Form::SmallInt, "5", "5", 0},
    {"n:i:7", BinaryOp::Add, "n:i:2", Form::SmallInt, "-9", "-9", 0},
    {"i:7", BinaryOp::Sub, "i:2", Form::SmallInt, "5", "5", 0},
    {"n:i:7", BinaryOp::Sub, "i:2", Form::SmallInt, "-9", "-9", 0},
    {"i:7", BinaryOp::Sub, "n:i:2", Form::SmallInt, "9", "9", 0},
    {"n:i:7", BinaryOp::Sub, "n:i:2", Form::SmallInt, "-5", "-5", 0},
    {"i:7", BinaryOp::Mul, "i:2", Form::SmallInt, "14", "14", 0},
    {"n:i:7", BinaryOp::Mul, "i:2", Form::SmallInt, "-14", "-14", 0},
    {"i:7", BinaryOp::Mul, "n:i:2", Form::SmallInt, "-14", "-14", 0},
    {"n:i:7", BinaryOp::Mul, "n:i:2", Form::SmallInt, "14", "14", 0},
    {"i:7", BinaryOp::Quo, "i:2", Form::Rat, "3.5", "7/2", 0},
    {"n:i:7", BinaryOp::Quo, "i:2", Form::Rat, "-3.5", "-7/2", 0},
    {"i:7", BinaryOp::Quo, "n:i:2", Form::Rat, "-3.5", "-7/2", 0},
    {"n:i:7", BinaryOp::Quo, "n:i:2", Form::Rat, "3.5", "7/2", 0},
    {"i:7", BinaryOp::IntQuo, "i:2", Form::SmallInt, "3", "3", 0},
    {"n:i:7", BinaryOp::IntQuo, "i:2", Form::SmallInt, "-3", "-3", 0},
    {"i:7", BinaryOp::IntQuo, "n:i:2", Form::SmallInt, "-3", "-3", 0},
    {"n:i:7", BinaryOp::IntQuo, "n:i:2", Form::SmallInt, "3", "3", 0},
    {"i:7", BinaryOp::Rem, "i:2", Form::SmallInt, "1", "1", 0},
    {"n:i:7", BinaryOp::Rem, "i:2", Form::SmallInt, "-1", "-1", 0},
    {"i:7", BinaryOp::Rem, "n:i:2", Form::SmallInt, "1", "1", 0},
    {"n:i:7", BinaryOp::Rem, "n:i:2", Form::SmallInt, "-1", "-1", 0},
    {"i:7", BinaryOp::And, "i:2", Form::SmallInt, "2", "2", 0},
    {"n:i:7", BinaryOp::And, "i:2", Form::SmallInt, "0", "0", 0},
    {"i:7", BinaryOp::And, "n:i:2", Form::SmallInt, "6", "6", 0},
    {"n:i:7", BinaryOp::And, "n:i:2", Form::SmallInt, "-8", "-8", 0},
    {"i:7", BinaryOp::Or, "i:2", Form::SmallInt, "7", "7", 0},
    {"n:i:7", BinaryOp::Or, "i:2", Form::SmallInt, "-5", "-5", 0},
    {"i:7", BinaryOp::Or, "n:i:2", Form::SmallInt, "-1", "-1", 0},
    {"n:i:7", BinaryOp::Or, "n:i:2", Form::SmallInt, "-1", "-1", 0},
    {"i:7", BinaryOp::Xor, "i:2", Form::SmallInt, "5", "5", 0},
    {"n:i:7", BinaryOp::Xor, "i:2", Form::SmallInt, "-5", "-5", 0},
    {"i:7", BinaryOp::Xor, "n:i:2", Form::SmallInt, "-7", "-7", 0},
    {"n:i:7", BinaryOp::Xor, "n:i:2", Form::SmallInt, "7", "7", 0},
    {"i:7", BinaryOp::AndNot, "i:2", Form::SmallInt, "5", "5", 0},
    {"n:i:7", BinaryOp::AndNot, "i:2", Form::SmallInt, "-7", "-7", 0},
    {"i:7", BinaryOp::AndNot, "n:i:2", Form::SmallInt, "1", "1", 0},
    {"n:i:7", BinaryOp::AndNot, "n:i:2", Form::SmallInt, "1", "1", 0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Add, "n:i:12345678901234567890", Form::BigInt,
     "204586912993508866875824356051724947013540127877691549342705710506008362275292159680204380770"
     "369009821930417757972504438076078534105491386931798406446",
     "204586912993508866875824356051724947013540127877691549342705", 150},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Add,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::SmallInt, "-1", "-1", 0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Sub, "n:i:12345678901234567890", Form::BigInt,
     "204586912993508866875824356051724947013540127877691549342705710506008362275292159680204380770"
     "369009821930417757972504438076078534130182744734267542226",
     "204586912993508866875824356051724947013540127877691549342705", 150},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Sub,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::BigInt,
     "-40917382598701773375164871210344989402708025575538309868541142101201672455058431936040876154"
     "0738019643860835515945008876152157068235674131666065948671",
     "-40917382598701773375164871210344989402708025575538309868541", 151},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Mul, "n:i:12345678901234567890", Form::BigInt,
     "-25257643352126746882477834980890453542100671697377863785328425932463908372759839832358930120"
     "74243426908930158760036366399590844835532731112632937231993475321826419671040",
     "-25257643352126746882477834980890453542100671697377863785328", 170},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Mul,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::BigInt,
     "-41855804968213567224547853478906320725054875457247406540771499545716837934567817284890561672"
     "488119458109166910841919797858872862722356017328064756150961720914875896503531327930749347729"
     "011347145083066974692632082398608595800484276097786025268994517188113318482990550904347475495"
     "775226945249801666560",
     "-41855804968213567224547853478906320725054875457247406540771", 300},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::IntQuo, "n:i:12345678901234567890", Form::BigInt,
     "-16571540101618079146584586651923452598799797600541535766540800266346677288970888777210030170"
     "253670115120522329411313628945660341538",
     "-16571540101618079146584586651923452598799797600541535766540", 132},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::IntQuo,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::SmallInt, "-1", "-1", 0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Rem, "n:i:12345678901234567890", Form::BigInt, "9670105123784959516",
     "9670105123784959516", 0},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Rem,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::SmallInt, "-1", "-1", 0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::And, "n:i:12345678901234567890", Form::BigInt,
     "204586912993508866875824356051724947013540127877691549342705710506008362275292159680204380770"
     "369009821930417757972504438076078534117837065833032974336",
     "204586912993508866875824356051724947013540127877691549342705", 150},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::And,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::SmallInt, "0", "0", 0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Or, "n:i:12345678901234567890", Form::BigInt, "-12345678901234567890",
     "-12345678901234567890", 0},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Or,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::SmallInt, "-1", "-1", 0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Xor, "n:i:12345678901234567890", Form::BigInt,
     "-20458691299350886687582435605172494701354012787769154934270571050600836227529215968020438077"
     "0369009821930417757972504438076078534130182744734267542226",
     "-20458691299350886687582435605172494701354012787769154934270", 151},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Xor,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::SmallInt, "-1", "-1", 0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::AndNot, "n:i:12345678901234567890", Form::SmallInt, "0", "0", 0},
    {"n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::AndNot,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::BigInt,
     "-20458691299350886687582435605172494701354012787769154934270571050600836227529215968020438077"
     "0369009821930417757972504438076078534117837065833032974336",
     "-20458691299350886687582435605172494701354012787769154934270", 151},
    {"i:9223372036854775807", BinaryOp::Add, "i:1", Form::BigInt, "9223372036854775808",
     "9223372036854775808", 0},
    {"n:i:9223372036854775808", BinaryOp::Sub, "i:1", Form::BigInt, "-9223372036854775809",
     "-9223372036854775809", 0},
    {"n:i:9223372036854775808", BinaryOp::Add, "i:9223372036854775808", Form::SmallInt, "0", "0",
     0},
    {"i:4294967296", BinaryOp::Mul, "i:4294967296", Form::BigInt, "18446744073709551616",
     "18446744073709551616", 0},
    {"i:0x7fffffff", BinaryOp::Mul, "i:0x7fffffff", Form::SmallInt, "4611686014132420609",
     "4611686014132420609", 0},
    {"i:3037000500", BinaryOp::Mul, "i:3037000500", Form::BigInt, "9223372037000250000",
     "9223372037000250000", 0},
    {"n:i:9223372036854775808", BinaryOp::Mul, "n:i:1", Form::BigInt, "9223372036854775808",
     "9223372036854775808", 0},
    // go1.19 says -9223372036854775808: its int64 fast path wraps (a gc bug;
    // gc accepts `const c int64 = -1 << 63; const d = c / -1`). We are exact.
    {"n:i:9223372036854775808", BinaryOp::IntQuo, "n:i:1", Form::BigInt, "9223372036854775808",
     "9223372036854775808", 0},
    {"n:i:9223372036854775808", BinaryOp::Rem, "n:i:1", Form::SmallInt, "0", "0", 0},
    {"n:i:9223372036854775808", BinaryOp::Quo, "n:i:1", Form::Rat, "9.22337e+18",
     "9223372036854775808", 0},
    {"i:18446744073709551616", BinaryOp::Sub, "i:18446744073709551615", Form::SmallInt, "1", "1",
     0},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Mul,
     "i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     Form::BigInt,
     "418558049682135672245478534789063207250548754572474065407714995457168379345678172848905616724"
     "881194581091669108419197978588728627223560173280647561511663078278694053704071522868010726760"
     "248872729607585240353377929046169580757764357779904060393635270100437362409630553424235540298"
     "93064011082834640896",
     "418558049682135672245478534789063207250548754572474065407714", 299},
    {"i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     BinaryOp::Mul,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::BigInt,
     "418558049682135672245478534789063207250548754572474065407714995457168379345678172848905616724"
     "881194581091669108419197978588728627223560173280647561507571340018823876366555035746976227819"
     "978070172053754253499263718926002335251921164175816444986255073661829007250180464662713969616"
     "57389879416768692225",
     "418558049682135672245478534789063207250548754572474065407714", 299},
    {"i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     BinaryOp::Add, "i:1", Form::BigInt,
     "204586912993508866875824356051724947013540127877691549342705710506008362275292159680204380770"
     "369009821930417757972504438076078534117837065833032974336",
     "204586912993508866875824356051724947013540127877691549342705", 150},
    {"i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     BinaryOp::Quo,
     "i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     Form::Rat, "1", "204586912993508866875824356051724947013540127877691549342705", 301},
    {"i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     BinaryOp::Quo,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     Form::Rat, "1", "204586912993508866875824356051724947013540127877691549342705", 301},
    {"i:1", BinaryOp::Quo, "i:3", Form::Rat, "0.333333", "1/3", 0},
    {"i:4", BinaryOp::Quo, "i:2", Form::Rat, "2", "2", 0},
    {"n:i:6", BinaryOp::Quo, "i:4", Form::Rat, "-1.5", "-3/2", 0},
    {"i:0", BinaryOp::Quo, "i:5", Form::Rat, "0", "0", 0},
    {"f:1.0", BinaryOp::Quo, "i:3", Form::Rat, "0.333333", "1/3", 0},
    {"q:f:1.0|i:3", BinaryOp::Mul, "i:3", Form::Rat, "1", "1", 0},
    {"f:0.1", BinaryOp::Add, "f:0.2", Form::Rat, "0.3", "3/10", 0},
    {"f:1.5", BinaryOp::Sub, "i:2", Form::Rat, "-0.5", "-1/2", 0},
    {"f:1.5", BinaryOp::Mul, "f:1.5", Form::Rat, "2.25", "9/4", 0},
    {"f:1e1000", BinaryOp::Mul, "f:1e1000", Form::BigFloat, "1e+2000",
     "0x.e7b64e4de2fc42514a729f6e4aafabe8f7d3c138c0b557e9ab8dce4bb", 137},
    {"f:1e1000", BinaryOp::Quo, "f:1e-1000", Form::BigFloat, "1e+2000",
     "0x.e7b64e4de2fc42514a729f6e4aafabe8f7d3c138c0b557e9ab8dce4bb", 137},
    {"f:1e5000", BinaryOp::Quo, "f:1e4999", Form::BigFloat, "10", "0x.ap+4", 0},
    {"f:1e5000", BinaryOp::Sub, "f:1e5000", Form::BigFloat, "0", "0", 0},
    {"f:1e5000", BinaryOp::Mul, "i:0", Form::BigFloat, "0", "0", 0},
    {"f:1e646456992", BinaryOp::Mul, "i:10", Form::Unknown, "unknown", "unknown", 0},
    {"f:1e646456992", BinaryOp::Quo, "f:0.1", Form::Unknown, "unknown", "unknown", 0},
    {"f:1e-5000", BinaryOp::Mul, "f:1e-5000", Form::BigFloat, "1e-10000",
     "0x.d2b35f715acd36fe4691cfdbe58b9e23937086481003ae5a9e5bda498", 138},
    {"f:0x1p5000", BinaryOp::Mul, "f:0x1p5000", Form::BigFloat, "1.99506e+3010", "0x.8p+10001", 0},
    {"f:0x1p-2147480000", BinaryOp::Mul, "f:0x1p-10000", Form::BigFloat, "0", "0", 0},
    {"f:0x1p5000", BinaryOp::Add, "f:1.5", Form::BigFloat, "1.41247e+1505", "0x.8p+5001", 0},
    {"f:0x1p4000", BinaryOp::Mul, "f:0x1p100", Form::BigFloat, "1.67102e+1234", "0x.8p+4101", 0},
    {"f:0x1p4000", BinaryOp::Mul, "f:0x1p95", Form::BigFloat, "5.22194e+1232", "0x.8p+4096", 0},
    {"i:3", BinaryOp::Quo, "f:1e5000", Form::BigFloat, "3e-5000",
     "0x.f65635405d91d6dee6c8d39df76ebee66e2df78b2ced96708205b7f22", 138},
    {"f:0.1", BinaryOp::Mul, "f:1e5000", Form::BigFloat, "1e+4999",
     "0x.9fa0199cd7a9cfd8de9ff943e05f46b84e4eae33640dd2d281293833b", 138},
    {"c:1i", BinaryOp::Mul, "c:1i", Form::Complex, "(-1 + 0i)", "(-1 + 0i)", 0},
    {"z:i:1|c:2i", BinaryOp::Mul, "z:i:3|c:4i", Form::Complex, "(-5 + 10i)", "(-5 + 10i)", 0},
    {"z:i:1|c:2i", BinaryOp::Quo, "z:i:3|c:4i", Form::Complex, "(0.44 + 0.08i)", "(11/25 + 2/25i)",
     0},
    {"z:i:1|c:2i", BinaryOp::Sub, "z:i:1|c:2i", Form::Complex, "(0 + 0i)", "(0 + 0i)", 0},
    {"z:i:1|c:2i", BinaryOp::Add, "f:1.5", Form::Complex, "(2.5 + 2i)", "(5/2 + 2i)", 0},
    {"f:1.5", BinaryOp::Add, "c:2i", Form::Complex, "(1.5 + 2i)", "(3/2 + 2i)", 0},
    // 1e5000 * 1e-5000 in 512-bit floats: Go rounds to exactly 1.
    {"c:1e5000i", BinaryOp::Mul, "c:1e-5000i", Form::Complex, "(-1 + 0i)", "(-0x.8p+1 + 0i)", 0},
    {"c:1i", BinaryOp::Quo, "i:2", Form::Complex, "(0 + 0.5i)", "(0 + 1/2i)", 0},
    {"i:1", BinaryOp::Quo, "c:1i", Form::Complex, "(0 + -1i)", "(0 + -1i)", 0},
    {"s:\"a\"", BinaryOp::Add, "s:\"b\"", Form::String, "\"ab\"", "\"ab\"", 0},
    {"s:\"\"", BinaryOp::Add, "s:`x`", Form::String, "\"x\"", "\"x\"", 0},
    {"s:\"h\303\251llo, \"", BinaryOp::Add, "s:\"\344\270\226\347\225\214\\xff\"", Form::String,
     "\"h\303\251llo, \344\270\226\347\225\214\\xff\"",
     "\"h\303\251llo, \344\270\226\347\225\214\\xff\"", 0},
    {"b:true", BinaryOp::LogAnd, "b:false", Form::Bool, "false", "false", 0},
    {"b:true", BinaryOp::LogOr, "b:false", Form::Bool, "true", "true", 0},
    {"b:false", BinaryOp::LogOr, "b:false", Form::Bool, "false", "false", 0},
    {"b:true", BinaryOp::LogAnd, "b:true", Form::Bool, "true", "true", 0},
    {"u:", BinaryOp::Add, "i:1", Form::Unknown, "unknown", "unknown", 0},
    {"i:1", BinaryOp::Mul, "u:", Form::Unknown, "unknown", "unknown", 0},
    {"u:", BinaryOp::LogAnd, "b:true", Form::Unknown, "unknown", "unknown", 0},
    {"f:1e5000", BinaryOp::Quo, "i:0", Form::Unknown, "unknown", "unknown", 0},
};

TEST(Arith, BinaryMatchesGo) {
  for (const BinaryCase& c : kBinary) {
    SCOPED_TRACE(std::string(c.x) + " " + std::string(spelling(c.op)) + " " + std::string(c.y));
    Status st = Status::Invalid;
    Value v = binary_op(V(c.x), c.op, V(c.y), &st);
    ExpectResult(v, {c.form, c.string, c.exact, c.exact_len});
    bool operand_unknown = V(c.x).kind() == Kind::Unknown || V(c.y).kind() == Kind::Unknown;
    EXPECT_EQ(st, v.kind() != Kind::Unknown || operand_unknown ? Status::Ok : st);
  }
}

struct UnaryCase {
  UnaryOp op;
  std::string_view y;
  unsigned prec;
  Form form;
  std::string_view string, exact;
  size_t exact_len;
};

// From go1.19: constant.UnaryOp(op, y, prec) (generator "unary").
constexpr UnaryCase kUnary[] = {
    {UnaryOp::Plus, "i:5", 0, Form::SmallInt, "5", "5", 0},
    {UnaryOp::Plus, "f:1.5", 0, Form::Rat, "1.5", "3/2", 0},
    {UnaryOp::Plus, "c:1i", 0, Form::Complex, "(0 + 1i)", "(0 + 1i)", 0},
    {UnaryOp::Minus, "i:5", 0, Form::SmallInt, "-5", "-5", 0},
    {UnaryOp::Minus, "n:i:9223372036854775808", 0, Form::BigInt, "9223372036854775808",
     "9223372036854775808", 0},
    {UnaryOp::Minus, "i:9223372036854775808", 0, Form::SmallInt, "-9223372036854775808",
     "-9223372036854775808", 0},
    {UnaryOp::Minus, "f:1.5", 0, Form::Rat, "-1.5", "-3/2", 0},
    {UnaryOp::Minus, "f:0.0", 0, Form::Rat, "0", "0", 0},
    {UnaryOp::Minus, "f:1e5000", 0, Form::BigFloat, "-1e+5000",
     "-0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640", 138},
    {UnaryOp::Minus, "z:i:1|c:2i", 0, Form::Complex, "(-1 + -2i)", "(-1 + -2i)", 0},
    {UnaryOp::Minus,
     "i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     0, Form::BigInt,
     "-20458691299350886687582435605172494701354012787769154934270571050600836227529215968020438077"
     "0369009821930417757972504438076078534117837065833032974336",
     "-20458691299350886687582435605172494701354012787769154934270", 151},
    {UnaryOp::Minus, "u:", 0, Form::Unknown, "unknown", "unknown", 0},
    {UnaryOp::Xor, "i:0", 0, Form::SmallInt, "-1", "-1", 0},
    {UnaryOp::Xor, "i:0", 8, Form::SmallInt, "255", "255", 0},
    {UnaryOp::Xor, "i:1", 8, Form::SmallInt, "254", "254", 0},
    {UnaryOp::Xor, "i:0", 16, Form::SmallInt, "65535", "65535", 0},
    {UnaryOp::Xor, "i:0", 32, Form::SmallInt, "4294967295", "4294967295", 0},
    {UnaryOp::Xor, "i:0", 64, Form::BigInt, "18446744073709551615", "18446744073709551615", 0},
    {UnaryOp::Xor, "i:5", 64, Form::BigInt, "18446744073709551610", "18446744073709551610", 0},
    {UnaryOp::Xor, "n:i:1", 8, Form::SmallInt, "0", "0", 0},
    {UnaryOp::Xor, "n:i:1", 0, Form::SmallInt, "0", "0", 0},
    {UnaryOp::Xor, "i:255", 8, Form::SmallInt, "0", "0", 0},
    {UnaryOp::Xor, "i:256", 8, Form::SmallInt, "255", "255", 0},
    {UnaryOp::Xor, "i:0", 1, Form::SmallInt, "1", "1", 0},
    {UnaryOp::Xor,
     "i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     0, Form::BigInt,
     "-20458691299350886687582435605172494701354012787769154934270571050600836227529215968020438077"
     "0369009821930417757972504438076078534117837065833032974337",
     "-20458691299350886687582435605172494701354012787769154934270", 151},
    {UnaryOp::Xor,
     "i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     64, Form::BigInt, "18446744073709551615", "18446744073709551615", 0},
    {UnaryOp::Xor,
     "n:i:"
     "0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "0000000000000000000000000000000000",
     64, Form::BigInt, "18446744073709551615", "18446744073709551615", 0},
    {UnaryOp::Xor,
     "i:"
     "0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "fffffffffffffffffffffffffffffffff",
     0, Form::BigInt,
     "-20458691299350886687582435605172494701354012787769154934270571050600836227529215968020438077"
     "0369009821930417757972504438076078534117837065833032974336",
     "-20458691299350886687582435605172494701354012787769154934270", 151},
    {UnaryOp::Xor, "i:9223372036854775807", 0, Form::SmallInt, "-9223372036854775808",
     "-9223372036854775808", 0},
    {UnaryOp::Xor, "n:i:9223372036854775808", 0, Form::SmallInt, "9223372036854775807",
     "9223372036854775807", 0},
    {UnaryOp::Xor, "i:0", 100, Form::BigInt, "1267650600228229401496703205375",
     "1267650600228229401496703205375", 0},
    {UnaryOp::Not, "b:true", 0, Form::Bool, "false", "false", 0},
    {UnaryOp::Not, "b:false", 0, Form::Bool, "true", "true", 0},
    {UnaryOp::Not, "u:", 0, Form::Unknown, "unknown", "unknown", 0},
};

TEST(Arith, UnaryMatchesGo) {
  for (const UnaryCase& c : kUnary) {
    SCOPED_TRACE(std::string(spelling(c.op)) + std::string(c.y) + " prec " +
                 std::to_string(c.prec));
    Status st = Status::Invalid;
    ExpectResult(unary_op(c.op, V(c.y), c.prec, &st), {c.form, c.string, c.exact, c.exact_len});
    EXPECT_EQ(st, Status::Ok);
  }
}

// Go panics in these cases (types2 never lets them happen); we report them.
TEST(Arith, DivisionByZero) {
  for (const char* zero : {"i:0", "f:0.0", "c:0i", "f:1e-1000000000"}) {
    for (BinaryOp op : {BinaryOp::Quo, BinaryOp::IntQuo, BinaryOp::Rem}) {
      if (op != BinaryOp::Quo && zero[0] != 'i') continue;
      Status st = Status::Ok;
      EXPECT_EQ(binary_op(V("i:7"), op, V(zero), &st).kind(), Kind::Unknown);
      EXPECT_EQ(st, Status::DivisionByZero) << zero;
    }
  }
  Status st = Status::Ok;
  EXPECT_EQ(binary_op(V("f:1e5000"), BinaryOp::Quo, V("i:0"), &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::DivisionByZero);
  EXPECT_EQ(binary_op(V("n:i:7"), BinaryOp::Quo, V("n:i:9223372036854775808"), &st).kind(),
            Kind::Float);
  EXPECT_EQ(st, Status::Ok);
  // types2's "divisor underflow" case (issue 20227): the divisor is not 0,
  // but the square of its magnitude underflows big.Float's exponent range.
  Value tiny = binary_op(V("c:1e-200000000i"), BinaryOp::Mul, V("c:1e-200000000i"));
  EXPECT_NE(sign(tiny), 0);
  EXPECT_EQ(binary_op(V("i:1"), BinaryOp::Quo, tiny, &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::DivisionByZero);
}

TEST(Arith, InvalidOperations) {
  struct Case {
    const char* x;
    BinaryOp op;
    const char* y;
  };
  for (const Case& c :
       {Case{"f:1.5", BinaryOp::Rem, "i:1"}, Case{"s:\"a\"", BinaryOp::Sub, "s:\"b\""},
        Case{"b:true", BinaryOp::Add, "b:true"}, Case{"i:1", BinaryOp::Add, "s:\"a\""},
        Case{"b:true", BinaryOp::LogAnd, "i:1"}, Case{"s:\"a\"", BinaryOp::Add, "b:true"},
        Case{"i:1", BinaryOp::LogOr, "i:1"}, Case{"f:1.5", BinaryOp::And, "f:1.5"},
        Case{"c:1i", BinaryOp::IntQuo, "c:1i"}, Case{"f:1e5000", BinaryOp::Xor, "i:1"}}) {
    Status st = Status::Ok;
    EXPECT_EQ(binary_op(V(c.x), c.op, V(c.y), &st).kind(), Kind::Unknown);
    EXPECT_EQ(st, Status::Invalid) << c.x << " " << spelling(c.op) << " " << c.y;
  }
  for (UnaryOp op : {UnaryOp::Minus, UnaryOp::Xor, UnaryOp::Plus}) {
    Status st = Status::Ok;
    EXPECT_EQ(unary_op(op, V("s:\"a\""), 0, &st).kind(), Kind::Unknown);
    EXPECT_EQ(st, Status::Invalid);
  }
  Status st = Status::Ok;
  EXPECT_EQ(unary_op(UnaryOp::Xor, V("f:1.5"), 0, &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Invalid);
  EXPECT_EQ(unary_op(UnaryOp::Not, V("i:1"), 0, &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Invalid);
}

TEST(Arith, FloatOverflowIsReported) {
  Status st = Status::Ok;
  EXPECT_EQ(binary_op(V("f:1e646456992"), BinaryOp::Mul, V("i:10"), &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Overflow);
  EXPECT_EQ(binary_op(V("u:"), BinaryOp::Mul, V("i:10"), &st).kind(), Kind::Unknown);
  EXPECT_EQ(st, Status::Ok);  // the Unknown operand's error was reported already
}

// Exactness that go/constant guarantees and the checker relies on.
TEST(Arith, ExactRationals) {
  // 1.0/3*3 == 1 exactly (go1.19: constant.Compare(..., token.EQL, 1) is true).
  Value third = binary_op(V("f:1.0"), BinaryOp::Quo, V("i:3"));
  EXPECT_TRUE(compare(binary_op(third, BinaryOp::Mul, V("i:3")), CompareOp::Eql, V("i:1")));
  // 0.1 + 0.2 == 0.3, unlike float64.
  EXPECT_TRUE(
      compare(binary_op(V("f:0.1"), BinaryOp::Add, V("f:0.2")), CompareOp::Eql, V("f:0.3")));
  // A sum of 1/k keeps growing exact fractions until they pass 4096 bits.
  Value h = V("i:0");
  for (int k = 1; k <= 30; ++k)
    h = binary_op(h, BinaryOp::Add, binary_op(V("i:1"), BinaryOp::Quo, make_int64(k)));
  EXPECT_EQ(h.form(), Form::Rat);
  EXPECT_EQ(to_exact_string(h), "9304682830147/2329089562800");  // go1.19
}

TEST(Arith, StringConcatenationChain) {
  // A long left-deep chain (Go issue 23348): linear, and no deep recursion
  // when built or destroyed.
  Value s = make_string("");
  std::string expect;
  for (int i = 0; i < 100000; ++i) {
    s = binary_op(s, BinaryOp::Add, make_string(i % 2 ? "ab" : "c"));
    expect += i % 2 ? "ab" : "c";
  }
  EXPECT_EQ(string_val(s), expect);
  Value t = make_string("x");
  for (int i = 0; i < 100000; ++i) t = binary_op(make_string("y"), BinaryOp::Add, t);  // right-deep
  EXPECT_EQ(string_val(t).size(), 100001u);
  EXPECT_EQ(to_string(t).size(), 72u);  // 69 runes of the quoted text and "..."
}

TEST(Arith, Match) {
  // go/constant's match: the simpler operand takes the other's representation.
  auto [a, b] = match(V("i:1"), V("f:1.5"));
  EXPECT_EQ(a.form(), Form::Rat);
  EXPECT_EQ(b.form(), Form::Rat);
  auto [c, d] = match(V("f:1e5000"), V("i:9223372036854775808"));
  EXPECT_EQ(c.form(), Form::BigFloat);
  EXPECT_EQ(d.form(), Form::BigFloat);
  EXPECT_EQ(to_string(d), "9.22337e+18");
  auto [e, f] = match(V("c:1i"), V("i:2"));
  EXPECT_EQ(f.form(), Form::Complex);
  EXPECT_EQ(to_string(f), "(2 + 0i)");
  auto [g, h] = match(V("s:\"a\""), V("i:2"));  // different kinds: unchanged
  EXPECT_EQ(g.kind(), Kind::String);
  EXPECT_EQ(h.kind(), Kind::Int);
  auto [i, j] = match(V("i:2"), V("i:9223372036854775808"));  // both Ints already
  EXPECT_EQ(i.form(), Form::SmallInt);
  EXPECT_EQ(j.form(), Form::BigInt);
}

TEST(Arith, Spellings) {
  EXPECT_EQ(spelling(UnaryOp::Xor), "^");
  EXPECT_EQ(spelling(BinaryOp::AndNot), "&^");
  EXPECT_EQ(spelling(BinaryOp::IntQuo), "/");
  EXPECT_EQ(spelling(BinaryOp::LogOr), "||");
  EXPECT_EQ(spelling(ShiftOp::Shr), ">>");
  EXPECT_EQ(spelling(CompareOp::Geq), ">=");
}

}  // namespace
}  // namespace gocxx::constant
