// This file implements the scanner tests: every token, semicolon insertion,
// every literal form, directive collection and every lexical error with the
// message and column gc reports.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "scan/scanner.h"

namespace gocxx::scan {
namespace {

struct Scanned {
  std::vector<std::string> tokens;  // "Ident(x)", "IntLit(1)", "+", ";(newline)"
  std::vector<std::string> errors;  // "t.go:L:C: message"
  std::vector<std::string> directives;
};

std::string describe(const Token& t) {
  switch (t.kind) {
    case TokenKind::Ident:
    case TokenKind::IntLit:
    case TokenKind::FloatLit:
    case TokenKind::ImagLit:
    case TokenKind::RuneLit:
    case TokenKind::StringLit:
      return std::string(kind_name(t.kind)) + "(" + std::string(t.text) + ")";
    case TokenKind::Semicolon:
      return ";(" + std::string(t.text) + ")";
    default:
      return std::string(spelling(t.kind));
  }
}

Scanned scan(const std::string& src) {
  base::SourceManager sm;
  base::Diagnostics diags(sm);
  const base::SourceFile* file = sm.add_buffer("t.go", src);
  Scanner s(*file, diags);
  Scanned out;
  for (s.next(); s.token().kind != TokenKind::EndOfFile; s.next()) {
    out.tokens.push_back(describe(s.token()));
    if (out.tokens.size() > 10000) break;  // guard against a looping scanner
  }
  out.errors = diags.messages();
  for (const Directive& d : s.directives()) out.directives.emplace_back(d.text);
  return out;
}

using Strings = std::vector<std::string>;

TEST(Scanner, EveryOperatorAndKeyword) {
  // Every token with a fixed spelling, separated by blanks on one line (no
  // newline, so no semicolons are inserted).
  std::string src;
  Strings want;
#define GOCXX_BINARY_OP(Name, Spelling, Prec) src += Spelling " ", want.push_back(Spelling);
#define GOCXX_ASSIGN_OP(Name, Spelling, Bin) src += Spelling " ", want.push_back(Spelling);
#define GOCXX_PUNCT(Name, Spelling) \
  src += Spelling " ";              \
  want.push_back(TokenKind::Name == TokenKind::Semicolon ? ";(semicolon)" : Spelling);
#define GOCXX_KEYWORD(Name, Spelling) src += Spelling " ", want.push_back(Spelling);
#include "scan/tokens.def"
  Scanned s = scan(src);
  EXPECT_EQ(s.tokens, want);
  EXPECT_TRUE(s.errors.empty());
}

TEST(Scanner, KindsRoundTripThroughSpelling) {
  EXPECT_EQ(spelling(TokenKind::AndNotAssign), "&^=");
  EXPECT_EQ(kind_name(TokenKind::AndNotAssign), "AndNotAssign");
  EXPECT_EQ(precedence(TokenKind::OrOr), 1);
  EXPECT_EQ(precedence(TokenKind::Shr), 5);
  EXPECT_EQ(precedence(TokenKind::Assign), 0);
  EXPECT_EQ(binary_op_of(TokenKind::ShlAssign), TokenKind::Shl);
  EXPECT_TRUE(is_assign_op(TokenKind::AddAssign));
  EXPECT_FALSE(is_assign_op(TokenKind::Assign));
  EXPECT_TRUE(is_keyword(TokenKind::Var));
  EXPECT_TRUE(is_literal(TokenKind::RuneLit));
  TokenSet set{TokenKind::Var, TokenKind::Rbrace};
  EXPECT_TRUE(set.contains(TokenKind::Var));
  EXPECT_FALSE(set.contains(TokenKind::Func));
}

TEST(Scanner, LongestMatch) {
  EXPECT_EQ(
      scan("a&^=b&^c&&d<-e<<=f...g..h").tokens,
      (Strings{"Ident(a)", "&^=", "Ident(b)", "&^", "Ident(c)", "&&", "Ident(d)", "<-", "Ident(e)",
               "<<=", "Ident(f)", "...", "Ident(g)", ".", ".", "Ident(h)", ";(EOF)"}));
  EXPECT_EQ(scan("x:=y").tokens, (Strings{"Ident(x)", ":=", "Ident(y)", ";(EOF)"}));
}

TEST(Scanner, SemicolonInsertion) {
  // After identifiers, literals, the keywords break continue fallthrough
  // return, ++ -- ) ] } a newline or EOF becomes a semicolon.
  EXPECT_EQ(scan("x\n1\n1.5\n1i\n'a'\n\"s\"\n`r`\n").tokens,
            (Strings{"Ident(x)", ";(newline)", "IntLit(1)", ";(newline)", "FloatLit(1.5)",
                     ";(newline)", "ImagLit(1i)", ";(newline)", "RuneLit('a')", ";(newline)",
                     "StringLit(\"s\")", ";(newline)", "StringLit(`r`)", ";(newline)"}));
  EXPECT_EQ(scan("break\ncontinue\nfallthrough\nreturn\nx++\ny--\n)\n]\n}\n").tokens,
            (Strings{"break",      ";(newline)", "continue",   ";(newline)", "fallthrough",
                     ";(newline)", "return",     ";(newline)", "Ident(x)",   "++",
                     ";(newline)", "Ident(y)",   "--",         ";(newline)", ")",
                     ";(newline)", "]",          ";(newline)", "}",          ";(newline)"}));
  // Not after other tokens.
  EXPECT_EQ(scan("func\n(\n+\n,\n{\nif\n").tokens, (Strings{"func", "(", "+", ",", "{", "if"}));
  // At EOF.
  EXPECT_EQ(scan("x").tokens, (Strings{"Ident(x)", ";(EOF)"}));
  // A line comment keeps the newline; a multi-line /* */ comment acts as one.
  EXPECT_EQ(
      scan("x // c\ny /* a\nb */ z /* c */\n").tokens,
      (Strings{"Ident(x)", ";(newline)", "Ident(y)", ";(newline)", "Ident(z)", ";(newline)"}));
  // Explicit semicolons, blank lines and CRLF.
  EXPECT_EQ(scan("a;b\r\n\r\n\nc").tokens,
            (Strings{"Ident(a)", ";(semicolon)", "Ident(b)", ";(newline)", "Ident(c)", ";(EOF)"}));
}

TEST(Scanner, IdentifiersAndKeywords) {
  EXPECT_EQ(
      scan("_ x1 ä 世界 breaks go goto").tokens,
      (Strings{"Ident(_)", "Ident(x1)", "Ident(ä)", "Ident(世界)", "Ident(breaks)", "go", "goto"}));
  EXPECT_EQ(scan("x٠").tokens, (Strings{"Ident(x٠)", ";(EOF)"}));  // digits may follow
}

TEST(Scanner, NumberLiterals) {
  const char* ints[] = {"0",
                        "42",
                        "4_2",
                        "0600",
                        "0_600",
                        "0o600",
                        "0O600",
                        "0xBadFace",
                        "0xBad_Face",
                        "0x_67_7a_2f_cc_40_c6",
                        "0b1011",
                        "0B_1_0",
                        "170141183460469231731687303715884105727"};
  for (const char* lit : ints) {
    EXPECT_EQ(scan(lit).tokens, (Strings{std::string("IntLit(") + lit + ")", ";(EOF)"})) << lit;
  }
  const char* floats[] = {"0.",          "72.40",  "072.40",  "2.71828",   "1.e+0",
                          "6.67428e-11", "1E6",    ".25",     ".12345E+5", "1_5.",
                          "0.15e+0_2",   "0x1p-2", "0x2.p10", "0x1.Fp+0",  "0X.8p-0",
                          "0X_1FFFP-16", "08.5",   "09e1"};
  for (const char* lit : floats) {
    EXPECT_EQ(scan(lit).tokens, (Strings{std::string("FloatLit(") + lit + ")", ";(EOF)"})) << lit;
  }
  const char* imags[] = {"0i",         "0123i",   "0o123i",       "0xabci", "0.i",
                         "2.71828i",   "1.e+0i",  "6.67428e-11i", "1E6i",   ".25i",
                         ".12345E+5i", "0x1p-2i", "08.5i"};
  for (const char* lit : imags) {
    EXPECT_EQ(scan(lit).tokens, (Strings{std::string("ImagLit(") + lit + ")", ";(EOF)"})) << lit;
  }
  for (const char* lit : ints) EXPECT_TRUE(scan(lit).errors.empty()) << lit;
  for (const char* lit : floats) EXPECT_TRUE(scan(lit).errors.empty()) << lit;
  for (const char* lit : imags) EXPECT_TRUE(scan(lit).errors.empty()) << lit;
}

TEST(Scanner, RuneAndStringLiterals) {
  const char* runes[] = {"'a'",           "'ä'",     "'本'",    "'\\t'",   "'\\000'",
                         "'\\007'",       "'\\377'", "'\\x07'", "'\\xff'", "'\\u12e4'",
                         "'\\U00101234'", "'\\''",   "'\"'",    "'\\\\'"};
  for (const char* lit : runes) {
    Scanned s = scan(lit);
    EXPECT_EQ(s.tokens, (Strings{std::string("RuneLit(") + lit + ")", ";(EOF)"})) << lit;
    EXPECT_TRUE(s.errors.empty()) << lit;
  }
  const char* strings[] = {"``",
                           "`abc`",
                           "`\\n\n\\n`",
                           "\"\\n\"",
                           "\"\\\"\"",
                           "\"Hello, world!\\n\"",
                           "\"日本語\"",
                           "\"\\u65e5本\\U00008a9e\"",
                           "\"\\xff\\u00FF\"",
                           "\"'\"",
                           "`a\r\nb`"};
  for (const char* lit : strings) {
    Scanned s = scan(lit);
    EXPECT_EQ(s.tokens, (Strings{std::string("StringLit(") + lit + ")", ";(EOF)"})) << lit;
    EXPECT_TRUE(s.errors.empty()) << lit;
  }
}

TEST(Scanner, Directives) {
  Scanned s = scan(
      "package p\n//go:noinline\n// go:notadirective\nx //go:trailing\n\t//gocxx:keep\n"
      "//export F\r\n/*go:no*/\n");
  EXPECT_EQ(s.directives, (Strings{"go:noinline", "gocxx:keep", "export F"}));
}

TEST(Scanner, ByteOrderMark) {
  Scanned s = scan("\xEF\xBB\xBFpackage p");
  EXPECT_EQ(s.tokens, (Strings{"package", "Ident(p)", ";(EOF)"}));
  EXPECT_TRUE(s.errors.empty());
  // go1.19 (go tool compile): t.go:1:10: invalid BOM in the middle of the file
  EXPECT_EQ(scan("package p\xEF\xBB\xBF").errors,
            (Strings{"t.go:1:10: invalid BOM in the middle of the file"}));
}

// Each case: the source after "package p\nvar x = " and gc's message for it.
struct ErrorCase {
  const char* src;
  const char* want;
};

// Expected texts and columns were produced by go1.19 `go build` on a file
// "package p\nvar x = <src>\n".
const ErrorCase kErrorCases[] = {
    {"\"\\g\"", "t.go:2:11: unknown escape"},
    {"\"\\x4g\"", "t.go:2:13: invalid character 'g' in hexadecimal escape"},
    {"\"\\400\"", "t.go:2:14: octal escape value 256 > 255"},
    {"\"\\U00110000\"", "t.go:2:20: escape is invalid Unicode code point U+110000"},
    {"'\\ud800'", "t.go:2:16: escape is invalid Unicode code point U+D800"},
    {"'\\'", "t.go:2:12: newline in rune literal"},
    {"'\\400'", "t.go:2:14: octal escape value 256 > 255"},
    {"'\\x'", "t.go:2:12: invalid character '\\'' in hexadecimal escape"},
    {"'\\x4\n", "t.go:2:13: invalid character '\\n' in hexadecimal escape"},
    {"''", "t.go:2:10: empty rune literal or unescaped '"},
    {"'ab'", "t.go:2:9: more than one character in rune literal"},
    {"'a", "t.go:2:11: newline in rune literal"},
    {"\"abc", "t.go:2:13: newline in string"},
    {"\"a\\", "t.go:2:12: unknown escape"},
    {"`abc", "t.go:2:9: string not terminated"},
    {"\"\xC2\xA0\\q\"", "t.go:2:13: unknown escape"},
    {"0_x1", "t.go:2:10: '_' must separate successive digits"},
    {"1_.5", "t.go:2:10: '_' must separate successive digits"},
    {"1e_5", "t.go:2:11: '_' must separate successive digits"},
    {"1__0", "t.go:2:11: '_' must separate successive digits"},
    {"1_", "t.go:2:10: '_' must separate successive digits"},
    {"0b", "t.go:2:11: binary literal has no digits"},
    {"0o", "t.go:2:11: octal literal has no digits"},
    {"0x", "t.go:2:11: hexadecimal literal has no digits"},
    {"0x.p1", "t.go:2:12: hexadecimal literal has no digits"},
    {"0x1p", "t.go:2:13: exponent has no digits"},
    {"1.5e", "t.go:2:13: exponent has no digits"},
    {"1e+", "t.go:2:12: exponent has no digits"},
    {"0x1e3p", "t.go:2:15: exponent has no digits"},
    {"0b12_3", "t.go:2:12: invalid digit '2' in binary literal"},
    {"0b102", "t.go:2:13: invalid digit '2' in binary literal"},
    {"0o78", "t.go:2:12: invalid digit '8' in octal literal"},
    {"0778", "t.go:2:12: invalid digit '8' in octal literal"},
    {"09", "t.go:2:10: invalid digit '9' in octal literal"},
    {"0x1.8", "t.go:2:14: hexadecimal mantissa requires a 'p' exponent"},
    {"0x1.0", "t.go:2:14: hexadecimal mantissa requires a 'p' exponent"},
    {"0o1.2", "t.go:2:12: invalid radix point in octal literal"},
    {"0b1e3", "t.go:2:12: 'e' exponent requires decimal mantissa"},
    {"1p3", "t.go:2:10: 'p' exponent requires hexadecimal mantissa"},
    {"@", "t.go:2:9: invalid character U+0040 '@'"},
    {"#", "t.go:2:9: invalid character U+0023 '#'"},
    {"$", "t.go:2:9: invalid character U+0024 '$'"},
    {"⌘", "t.go:2:9: invalid character U+2318 '⌘' in identifier"},
    {"\xC2\xA0", "t.go:2:9: invalid character U+00A0 in identifier"},
    {"٣x", "t.go:2:9: identifier cannot begin with digit U+0663 '٣'"},
    {"1 /* abc", "t.go:2:11: comment not terminated"},
    {"0\x01", "t.go:2:10: invalid character U+0001"},
    {"\"\xff\"", "t.go:2:10: invalid UTF-8 encoding"},
    {"1\xff", "t.go:2:10: invalid UTF-8 encoding"},
    {"//\xff", "t.go:2:11: invalid UTF-8 encoding"},
};

TEST(Scanner, ErrorsMatchGc) {
  for (const ErrorCase& c : kErrorCases) {
    Scanned s = scan(std::string("package p\nvar x = ") + c.src + "\n");
    ASSERT_FALSE(s.errors.empty()) << c.src;
    EXPECT_EQ(s.errors[0], c.want) << c.src;
  }
}

TEST(Scanner, ErrorsAtEndOfFileMatchGc) {
  // go1.19 on "package p\nvar x = <src>" without a final newline.
  const ErrorCase cases[] = {
      {"'a", "t.go:2:9: rune literal not terminated"},
      {"\"abc", "t.go:2:9: string not terminated"},
      {"`abc", "t.go:2:9: string not terminated"},
      {"1 /* abc", "t.go:2:11: comment not terminated"},
      {"\"\\19\"", "t.go:2:12: invalid character '9' in octal escape"},
      {"'\\u12'", "t.go:2:14: invalid character '\\'' in hexadecimal escape"},
      {"\"\\U0010FFFF\\x\"", "t.go:2:22: invalid character '\"' in hexadecimal escape"},
  };
  for (const ErrorCase& c : cases) {
    Scanned s = scan(std::string("package p\nvar x = ") + c.src);
    ASSERT_FALSE(s.errors.empty()) << c.src;
    EXPECT_EQ(s.errors[0], c.want) << c.src;
  }
}

TEST(Scanner, NulCharacter) {
  // go1.19: ./t.go:2:10: invalid NUL character
  std::string src = "package p\nvar x = 0";
  src += '\0';
  src += "\n";
  EXPECT_EQ(scan(src).errors, (Strings{"t.go:2:10: invalid NUL character"}));
  // go1.19: e.go:2:14: invalid NUL character (inside a comment)
  src = "package p\nvar x = 1 // ";
  src += '\0';
  EXPECT_EQ(scan(src).errors, (Strings{"t.go:2:14: invalid NUL character"}));
}

TEST(Scanner, StopReturnsEof) {
  base::SourceManager sm;
  base::Diagnostics diags(sm);
  Scanner s(*sm.add_buffer("t.go", "a b c"), diags);
  s.next();
  s.stop();
  s.next();
  EXPECT_EQ(s.token().kind, TokenKind::EndOfFile);
}

TEST(Scanner, InvalidSeparator) {
  EXPECT_EQ(invalid_separator("1_000"), -1);
  EXPECT_EQ(invalid_separator("0x_1"), -1);
  EXPECT_EQ(invalid_separator("1__0"), 2);
  EXPECT_EQ(invalid_separator("1_"), 1);
  EXPECT_EQ(invalid_separator("0_x1"), 1);
}

}  // namespace
}  // namespace gocxx::scan
