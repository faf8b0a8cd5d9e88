// This file implements the tests of make_from_literal: every literal form,
// escapes, separators, the rational/float switch at 2**±4096, big.Float's
// exponent limits, and malformed text.

#include "check/constant/literal.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "check/constant/format.h"
#include "check/constant/value.h"

namespace gocxx::constant {
namespace {

using Form = Value::Form;

struct LiteralCase {
  LiteralKind kind;
  std::string_view text;
  Form form;
  std::string_view string;  // to_string
  std::string_view exact;   // to_exact_string, or its first 60 bytes if exact_len > 0
  size_t exact_len;
};

// Expectations from go1.19: constant.MakeFromLiteral(text, tok, 0) printed
// with String, ExactString and the dynamic type of constant.Val (generator
// /tmp/constgo/gen, "literals"). Long exact strings are checked by prefix
// and length.
constexpr LiteralCase kLiterals[] = {
    {LiteralKind::Int, "0", Form::SmallInt, "0", "0", 0},
    {LiteralKind::Int, "42", Form::SmallInt, "42", "42", 0},
    {LiteralKind::Int, "1_000_000", Form::SmallInt, "1000000", "1000000", 0},
    {LiteralKind::Int, "0x_Ff", Form::SmallInt, "255", "255", 0},
    {LiteralKind::Int, "0XABCDEF", Form::SmallInt, "11259375", "11259375", 0},
    {LiteralKind::Int, "0o17", Form::SmallInt, "15", "15", 0},
    {LiteralKind::Int, "0O_17", Form::SmallInt, "15", "15", 0},
    {LiteralKind::Int, "017", Form::SmallInt, "15", "15", 0},
    {LiteralKind::Int, "0_7", Form::SmallInt, "7", "7", 0},
    {LiteralKind::Int, "00", Form::SmallInt, "0", "0", 0},
    {LiteralKind::Int, "0b1010", Form::SmallInt, "10", "10", 0},
    {LiteralKind::Int, "0B_1_0", Form::SmallInt, "2", "2", 0},
    {LiteralKind::Int, "9223372036854775807", Form::SmallInt, "9223372036854775807",
     "9223372036854775807", 0},
    {LiteralKind::Int, "9223372036854775808", Form::BigInt, "9223372036854775808",
     "9223372036854775808", 0},
    {LiteralKind::Int, "18446744073709551616", Form::BigInt, "18446744073709551616",
     "18446744073709551616", 0},
    {LiteralKind::Int, "0xffffffffffffffffffffffffffffffff", Form::BigInt,
     "340282366920938463463374607431768211455", "340282366920938463463374607431768211455", 0},
    {LiteralKind::Int, "123456789012345678901234567890123456789012345678901234567890", Form::BigInt,
     "123456789012345678901234567890123456789012345678901234567890",
     "123456789012345678901234567890123456789012345678901234567890", 0},
    {LiteralKind::Int, "08", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "018", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "1__0", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "_1", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "1_", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "0x", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "0b2", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "0xg", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "0x_", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, " 5", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Int, "", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1.5", Form::Rat, "1.5", "3/2", 0},
    {LiteralKind::Float, "0.1", Form::Rat, "0.1", "1/10", 0},
    {LiteralKind::Float, "1.", Form::Rat, "1", "1", 0},
    {LiteralKind::Float, ".5", Form::Rat, "0.5", "1/2", 0},
    {LiteralKind::Float, ".5e-3", Form::Rat, "0.0005", "1/2000", 0},
    {LiteralKind::Float, "1e3", Form::Rat, "1000", "1000", 0},
    {LiteralKind::Float, "1E-5", Form::Rat, "1e-05", "1/100000", 0},
    {LiteralKind::Float, "1e+5", Form::Rat, "100000", "100000", 0},
    {LiteralKind::Float, "0123.5", Form::Rat, "123.5", "247/2", 0},
    {LiteralKind::Float, "01e2", Form::Rat, "100", "100", 0},
    {LiteralKind::Float, "0_7.5", Form::Rat, "7.5", "15/2", 0},
    {LiteralKind::Float, "1_0.2_5e1_0", Form::Rat, "1.025e+11", "102500000000", 0},
    {LiteralKind::Float, "0.", Form::Rat, "0", "0", 0},
    {LiteralKind::Float, "0e0", Form::Rat, "0", "0", 0},
    {LiteralKind::Float, "0e1000000000000", Form::Rat, "0", "0", 0},
    {LiteralKind::Float, "3.14159265358979323846264338327950288419716939937510582097494459",
     Form::Rat, "3.14159", "314159265358979323846264338327950288419716939937510582097494", 127},
    {LiteralKind::Float, "0x1p-2", Form::Rat, "0.25", "1/4", 0},
    {LiteralKind::Float, "0x1.8p3", Form::Rat, "12", "12", 0},
    {LiteralKind::Float, "0x.8p1", Form::Rat, "1", "1", 0},
    {LiteralKind::Float, "0X_1P0", Form::Rat, "1", "1", 0},
    {LiteralKind::Float, "0x1_0p0", Form::Rat, "16", "16", 0},
    {LiteralKind::Float, "0x1.fffffffffffffp1023", Form::Rat, "1.79769e+308",
     "179769313486231570814527423731704356798070567525844996598917", 309},
    {LiteralKind::Float, "0x1p-1074", Form::Rat, "4.94066e-324",
     "1/2024022533073106183524953467189173070495566497641421183569", 326},
    {LiteralKind::Float, "0x1p-1075", Form::Rat, "2.47033e-324",
     "1/4048045066146212367049906934378346140991132995282842367138", 326},
    {LiteralKind::Float, "4.9e-324", Form::Rat, "4.94066e-324",
     "49/100000000000000000000000000000000000000000000000000000000", 329},
    {LiteralKind::Float, "1.7976931348623157e308", Form::Rat, "1.79769e+308",
     "179769313486231570000000000000000000000000000000000000000000", 309},
    {LiteralKind::Float, "1e100", Form::Rat, "1e+100",
     "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
     "00000000",
     0},
    {LiteralKind::Float, "1e308", Form::Rat, "1e+308",
     "100000000000000000000000000000000000000000000000000000000000", 309},
    {LiteralKind::Float, "1e309", Form::Rat, "1e+309",
     "100000000000000000000000000000000000000000000000000000000000", 310},
    {LiteralKind::Float, "1e-400", Form::Rat, "1e-400",
     "1/1000000000000000000000000000000000000000000000000000000000", 403},
    {LiteralKind::Float, "1e1000", Form::Rat, "1e+1000",
     "100000000000000000000000000000000000000000000000000000000000", 1001},
    {LiteralKind::Float, "1e1232", Form::Rat, "1e+1232",
     "100000000000000000000000000000000000000000000000000000000000", 1233},
    {LiteralKind::Float, "1e1233", Form::BigFloat, "1e+1233",
     "0x.f51e928179013fd3de4bd12cde4d985c4a573ca6f94bff13d44b7df7a", 137},
    {LiteralKind::Float, "1e1234", Form::BigFloat, "1e+1234",
     "0x.99331b90eba0c7e46aef62bc0af07f39ae7685e85bcf7f6c64af2ebac", 137},
    {LiteralKind::Float, "2.5e-1233", Form::Rat, "2.5e-1233",
     "1/4000000000000000000000000000000000000000000000000000000000", 1235},
    {LiteralKind::Float, "1e-1300", Form::BigFloat, "1e-1300",
     "0x.b433e2bfe0562ca834427eb454334e7bb15af547dde4ab5b58bff737d", 137},
    {LiteralKind::Float, "1e-4096", Form::BigFloat, "1e-4096",
     "0x.a6dd04c8d2ce9fde2de38123a1c3cffc20305d0244e091ba5e2d74039", 138},
    {LiteralKind::Float, "1e5000", Form::BigFloat, "1e+5000",
     "0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a", 137},
    {LiteralKind::Float, "1e-5000", Form::BigFloat, "1e-5000",
     "0x.a43978d593b68f3f4485e2694f9f29eef41ea50773490ef5ac03cff6c", 138},
    {LiteralKind::Float, "0x1p5000", Form::BigFloat, "1.41247e+1505", "0x.8p+5001", 0},
    {LiteralKind::Float, "0x1p4095", Form::BigFloat, "5.22194e+1232", "0x.8p+4096", 0},
    {LiteralKind::Float, "0x1p4094", Form::Rat, "2.61097e+1232",
     "261097220353288126672938177679156095644991062261845945096058", 1233},
    {LiteralKind::Float, "0x1p-4096", Form::Rat, "0.957498e-1233",
     "1/1044388881413152506691752710716624382579964249047383780384", 1236},
    {LiteralKind::Float, "0x1p-4097", Form::BigFloat, "4.78749e-1234", "0x.8p-4096", 0},
    {LiteralKind::Float, "0x3p-4097", Form::Rat, "1.43625e-1233",
     "3/2088777762826305013383505421433248765159928498094767560768", 1236},
    {LiteralKind::Float, "123456.789e-4000", Form::BigFloat, "1.23457e-3995",
     "0x.93299f12dff6d9f0b469607f1e99e2ce39141768031c6c2d98e24eae5", 138},
    {LiteralKind::Float, "1e100000", Form::BigFloat, "1e+100000",
     "0x.e054e092d5b1ee728370b891e6f4fc66f51ee7b1aa7d1c2901d22f4f7", 139},
    {LiteralKind::Float, "1e-100000", Form::BigFloat, "1e-100000",
     "0x.9211cb7471ee21497c16a5703efd3c100d82eb0afb748565e38072c17", 139},
    {LiteralKind::Float, "1e646456992", Form::BigFloat, "1e+646456992",
     "0x.e883a0c5c8c7c429f87b989b4e2591165d9c5e1c6c2115eb208b250a2", 143},
    {LiteralKind::Float, "1e646456993", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1e1000000000", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1e-1000000000", Form::Rat, "0", "0", 0},
    {LiteralKind::Float, "6e-1886451601", Form::Rat, "0", "0", 0},
    {LiteralKind::Float, "0x1p2147483646", Form::BigFloat, "4.40403e+646456992", "0x.8p+2147483647",
     0},
    {LiteralKind::Float, "0x1p2147483647", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "0x1p-2147483649", Form::BigFloat, "2.83831e-646456994",
     "0x.8p-2147483648", 0},
    {LiteralKind::Float, "0x1p-2147483650", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1e", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1e+", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "0x1p", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1__0.5", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1_.5", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1._5", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, ".", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1.5.5", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "inf", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "0x._8p0", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Float, "1e_5", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Imag, "1.5i", Form::Complex, "(0 + 1.5i)", "(0 + 3/2i)", 0},
    {LiteralKind::Imag, "0i", Form::Complex, "(0 + 0i)", "(0 + 0i)", 0},
    {LiteralKind::Imag, "0777i", Form::Complex, "(0 + 777i)", "(0 + 777i)", 0},
    {LiteralKind::Imag, "08i", Form::Complex, "(0 + 8i)", "(0 + 8i)", 0},
    {LiteralKind::Imag, "0x10i", Form::Complex, "(0 + 16i)", "(0 + 16i)", 0},
    {LiteralKind::Imag, "0b101i", Form::Complex, "(0 + 5i)", "(0 + 5i)", 0},
    {LiteralKind::Imag, "0o17i", Form::Complex, "(0 + 15i)", "(0 + 15i)", 0},
    {LiteralKind::Imag, "1_000i", Form::Complex, "(0 + 1000i)", "(0 + 1000i)", 0},
    {LiteralKind::Imag, "0x1p-2i", Form::Complex, "(0 + 0.25i)", "(0 + 1/4i)", 0},
    {LiteralKind::Imag, "1e3i", Form::Complex, "(0 + 1000i)", "(0 + 1000i)", 0},
    {LiteralKind::Imag, "0.i", Form::Complex, "(0 + 0i)", "(0 + 0i)", 0},
    {LiteralKind::Imag, ".5i", Form::Complex, "(0 + 0.5i)", "(0 + 1/2i)", 0},
    {LiteralKind::Imag, "0x1.8p3i", Form::Complex, "(0 + 12i)", "(0 + 12i)", 0},
    {LiteralKind::Imag, "1e1000i", Form::Complex, "(0 + 1e+1000i)",
     "(0 + 1000000000000000000000000000000000000000000000000000000", 1008},
    {LiteralKind::Imag, "1e646456993i", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Imag, "i", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Imag, "1", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'a'", Form::SmallInt, "97", "97", 0},
    {LiteralKind::Rune, "'\\a'", Form::SmallInt, "7", "7", 0},
    {LiteralKind::Rune, "'\\b'", Form::SmallInt, "8", "8", 0},
    {LiteralKind::Rune, "'\\f'", Form::SmallInt, "12", "12", 0},
    {LiteralKind::Rune, "'\\n'", Form::SmallInt, "10", "10", 0},
    {LiteralKind::Rune, "'\\r'", Form::SmallInt, "13", "13", 0},
    {LiteralKind::Rune, "'\\t'", Form::SmallInt, "9", "9", 0},
    {LiteralKind::Rune, "'\\v'", Form::SmallInt, "11", "11", 0},
    {LiteralKind::Rune, "'\\\\'", Form::SmallInt, "92", "92", 0},
    {LiteralKind::Rune, "'\\''", Form::SmallInt, "39", "39", 0},
    {LiteralKind::Rune, "'\"'", Form::SmallInt, "34", "34", 0},
    {LiteralKind::Rune, "'\\x41'", Form::SmallInt, "65", "65", 0},
    {LiteralKind::Rune, "'\\xff'", Form::SmallInt, "255", "255", 0},
    {LiteralKind::Rune, "'\\101'", Form::SmallInt, "65", "65", 0},
    {LiteralKind::Rune, "'\\377'", Form::SmallInt, "255", "255", 0},
    {LiteralKind::Rune, "'\\000'", Form::SmallInt, "0", "0", 0},
    {LiteralKind::Rune, "'\\u00e9'", Form::SmallInt, "233", "233", 0},
    {LiteralKind::Rune, "'\\U0001F600'", Form::SmallInt, "128512", "128512", 0},
    {LiteralKind::Rune, "'\\U0010FFFF'", Form::SmallInt, "1114111", "1114111", 0},
    {LiteralKind::Rune, "'\344\270\226'", Form::SmallInt, "19990", "19990", 0},
    {LiteralKind::Rune, "'\377'", Form::SmallInt, "65533", "65533", 0},
    {LiteralKind::Rune, "'\303\251'", Form::SmallInt, "233", "233", 0},
    {LiteralKind::Rune, "'\\\"'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'''", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "''", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'\\400'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'\\uD800'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'\\U00110000'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'\\z'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'\\x4'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'\\12'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "a'", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::Rune, "'\\", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"\"", Form::String, "\"\"", "\"\"", 0},
    {LiteralKind::String, "\"abc\"", Form::String, "\"abc\"", "\"abc\"", 0},
    {LiteralKind::String, "\"a\\nb\"", Form::String, "\"a\\nb\"", "\"a\\nb\"", 0},
    {LiteralKind::String, "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", Form::String,
     "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", 0},
    {LiteralKind::String, "\"\\xff\\u00e9\"", Form::String, "\"\\xff\303\251\"",
     "\"\\xff\303\251\"", 0},
    {LiteralKind::String, "\"\\101\\060\"", Form::String, "\"A0\"", "\"A0\"", 0},
    {LiteralKind::String, "\"\\U0010FFFF\"", Form::String, "\"\\U0010ffff\"", "\"\\U0010ffff\"", 0},
    {LiteralKind::String, "\"\\u65e5\346\234\254\\U00008a9e\"", Form::String,
     "\"\346\227\245\346\234\254\350\252\236\"", "\"\346\227\245\346\234\254\350\252\236\"", 0},
    {LiteralKind::String, "\"\\xe6\\x97\\xa5\"", Form::String, "\"\346\227\245\"",
     "\"\346\227\245\"", 0},
    {LiteralKind::String, "\"\377\"", Form::String, "\"\357\277\275\"", "\"\357\277\275\"", 0},
    {LiteralKind::String, "\"\303\251\"", Form::String, "\"\303\251\"", "\"\303\251\"", 0},
    {LiteralKind::String, "\"\\x00\"", Form::String, "\"\\x00\"", "\"\\x00\"", 0},
    {LiteralKind::String, "`a\\nb`", Form::String, "\"a\\\\nb\"", "\"a\\\\nb\"", 0},
    {LiteralKind::String, "`a\015\012b\015`", Form::String, "\"a\\nb\"", "\"a\\nb\"", 0},
    {LiteralKind::String, "`\303\251\377`", Form::String, "\"\303\251\\xff\"", "\"\303\251\\xff\"",
     0},
    {LiteralKind::String, "``", Form::String, "\"\"", "\"\"", 0},
    {LiteralKind::String, "`\"`", Form::String, "\"\\\"\"", "\"\\\"\"", 0},
    {LiteralKind::String, "\"\\'\"", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"a\"b\"", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"a\012b\"", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"\\400\"", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"\\ud800\"", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"abc", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"\\\"", Form::Unknown, "unknown", "unknown", 0},
    {LiteralKind::String, "\"\\q\"", Form::Unknown, "unknown", "unknown", 0},
};

TEST(Literal, MatchesGo) {
  for (const LiteralCase& c : kLiterals) {
    SCOPED_TRACE(std::string(c.text));
    Value v = make_from_literal(c.text, c.kind);
    EXPECT_EQ(v.form(), c.form);
    EXPECT_EQ(to_string(v), c.string);
    std::string exact = to_exact_string(v);
    if (c.exact_len == 0) {
      EXPECT_EQ(exact, c.exact);
    } else {
      EXPECT_EQ(exact.size(), c.exact_len);
      EXPECT_EQ(exact.substr(0, c.exact.size()), c.exact);
    }
  }
}

// go/constant accepts some malformed text (strconv and math/big are lax);
// the scanner rejects all of it, and we keep to the spec's grammar. go1.19's
// values are noted for reference.
TEST(Literal, StricterThanGoOnMalformedText) {
  EXPECT_EQ(make_from_literal("-5", LiteralKind::Int).kind(), Kind::Unknown);       // Go: -5
  EXPECT_EQ(make_from_literal("+5", LiteralKind::Int).kind(), Kind::Unknown);       // Go: 5
  EXPECT_EQ(make_from_literal("0x1.8", LiteralKind::Float).kind(), Kind::Unknown);  // Go: 1.5
  EXPECT_EQ(make_from_literal("0x1e3", LiteralKind::Float).kind(), Kind::Unknown);  // Go: 483
  EXPECT_EQ(make_from_literal("1p3", LiteralKind::Float).kind(), Kind::Unknown);    // Go: 8
  EXPECT_EQ(make_from_literal("'ab'", LiteralKind::Rune).kind(), Kind::Unknown);    // Go: 97
  EXPECT_EQ(make_from_literal("'a'", LiteralKind::String).kind(), Kind::Unknown);   // Go: "a"
}

TEST(Literal, ImaginaryPartIsAFloat) {
  // go/constant builds 0x10i from a float literal: the imaginary part is a
  // Float even when integral (go1.19: constant.Imag(...).Kind() == Float).
  EXPECT_EQ(imag(make_from_literal("0x10i", LiteralKind::Imag)).kind(), Kind::Float);
  EXPECT_EQ(real(make_from_literal("0x10i", LiteralKind::Imag)).kind(), Kind::Int);
}

TEST(Literal, LongMantissas) {
  // 10000 digits, types2's longest accepted literal.
  std::string digits(10000, '7');
  Value v = make_from_literal(digits, LiteralKind::Int);
  EXPECT_EQ(v.kind(), Kind::Int);
  EXPECT_EQ(to_string(v), digits);
  Value f = make_from_literal("0." + std::string(9990, '0') + "5", LiteralKind::Float);
  EXPECT_EQ(f.form(), Form::BigFloat);
  EXPECT_EQ(to_string(f), "5e-9991");  // go1.19: 5e-9991
}

}  // namespace
}  // namespace gocxx::constant
