// This file implements the parser's error tests: each case is a source
// file and the complete list of diagnostics for it, which must equal what
// gc reports. The expectations were produced with go1.19 (`go tool compile
// t.go`; only the syntax-phase lines, since gc stops after them), and they
// include gc's follow-up errors, so error recovery is checked too.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "parse/parser.h"

namespace gocxx::parse {
namespace {

std::vector<std::string> errors_of(const std::string& src, ParseOptions options = {}) {
  base::SourceManager sm;
  base::Diagnostics diags(sm);
  ast::Arena arena;
  parse_file(*sm.add_buffer("t.go", src), diags, arena, options);
  return diags.messages();
}

struct ErrorCase {
  const char* src;
  std::vector<std::string> want;
};

const ErrorCase kCases[] = {
    {"package main\nfunc main() {\n\tf(1,\n\t2\n\t)\n}\n",
     {"t.go:4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"}},
    {"package main\nfunc main() {\n\tx := {\n}\n",
     {"t.go:3:7: syntax error: unexpected {, expecting expression"}},
    {"package main\nx := 1\n",
     {"t.go:2:1: syntax error: non-declaration statement outside function body"}},
    {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
     {"t.go:3:7: syntax error: cannot use x := 1 as value"}},
    {"package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n",
     {"t.go:3:7: syntax error: cannot use assignment (x) = (1) as value"}},
    {"package main\nfunc main() {\n\tif x\n\t{\n\t}\n}\n",
     {"t.go:3:6: syntax error: unexpected newline, expecting { after if clause"}},
    {"package main\nfunc main()\n{\n}\n",
     {"t.go:3:1: syntax error: unexpected semicolon or newline before {"}},
    {"package main\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
     {"t.go:4:9: syntax error: else must be followed by if or statement block"}},
    {"package main\nfunc main() {\n\tdefer x.y\n}\n",
     {"t.go:3:9: expression in defer must be function call"}},
    {"package main\nfunc main() {\n\tgo (f())\n}\n",
     {"t.go:3:5: expression in go must not be parenthesized"}},
    {"func main() {}\n", {"t.go:1:1: syntax error: package statement must be first"}},
    {"package main\nvar x int\nimport \"fmt\"\n",
     {"t.go:3:1: syntax error: non-declaration statement outside function body"}},
    {"package main\nfunc main() {\n\tx := ((((1)\n}\n",
     {"t.go:3:13: syntax error: unexpected newline, expecting )",
      "t.go:4:1: syntax error: unexpected }, expecting )"}},
    {"package main\nfunc main() {\n\tif {\n\t}\n}\n",
     {"t.go:3:5: syntax error: missing condition in if statement"}},
    {"package main\nfunc main() {\n\tif x; {\n\t}\n}\n",
     {"t.go:3:6: syntax error: missing condition in if statement"}},
    {"package main\nfunc main() {\n\tfor i := 0; i < 10; i := 1 {\n\t}\n}\n",
     {"t.go:3:24: syntax error: cannot declare in post statement of for loop"}},
    {"package main\nfunc main() {\n\tfor var i = 0; i < 10; i++ {\n\t}\n}\n",
     {"t.go:3:10: syntax error: var declaration not allowed in for initializer"}},
    {"package main\nfunc main() {\n\tx[]\n}\n",
     {"t.go:3:4: syntax error: unexpected ], expecting operand"}},
    {"package main\nfunc main() {\n\t_ = x[1:2:]\n}\n",
     {"t.go:3:12: final index required in 3-index slice"}},
    {"package main\nfunc main() {\n\t_ = x[1::3]\n}\n",
     {"t.go:3:10: middle index required in 3-index slice"}},
    {"package main\nfunc main() {\n\t_ = x[1 2]\n}\n",
     {"t.go:3:10: syntax error: unexpected literal 2, expecting comma, : or ]"}},
    {"package main\nfunc main() {\n\tswitch x {\n\tcase 1:\n\tfoo 2:\n\t}\n}\n",
     {"t.go:5:6: syntax error: unexpected literal 2 at end of statement"}},
    {"package main\nfunc main() {\n\tselect x {\n\t}\n}\n",
     {"t.go:3:9: syntax error: missing { after select clause"}},
    {"package main\nfunc main() {\nL:\n}\nfunc g() {\nL:\n\t}\n",
     {"t.go:3:1: label L defined and not used", "t.go:6:1: label L defined and not used"}},
    {"package main\nfunc (a, b T) m() {}\n", {"t.go:2:15: method has multiple receivers"}},
    {"package main\nfunc () m() {}\n", {"t.go:2:9: method has no receiver"}},
    {"package main\nfunc (T) m[P any]() {}\n",
     {"t.go:2:11: syntax error: method must have no type parameters"}},
    {"package main\nfunc f[]() {}\n", {"t.go:2:8: syntax error: empty type parameter list"}},
    {"package main\nfunc f(a int, string) {}\n",
     {"t.go:2:15: syntax error: mixed named and unnamed parameters"}},
    {"package main\ntype T[P] int\ntype U[P any, Q] int\n",
     {"t.go:3:16: syntax error: missing type constraint"}},
    {"package main\ntype T interface{ m[P any]() }\n",
     {"t.go:2:20: interface method must have no type parameters"}},
    {"package main\ntype T struct { *(U) }\n",
     {"t.go:2:18: syntax error: cannot parenthesize embedded type"}},
    {"package main\ntype T struct { (U) }\n",
     {"t.go:2:17: syntax error: cannot parenthesize embedded type"}},
    {"package main\ntype T struct { 1 }\n",
     {"t.go:2:17: syntax error: unexpected literal 1, expecting field name or embedded type"}},
    {"package main\nimport 1\n", {"t.go:2:9: syntax error: import path must be a string"}},
    {"package main\nimport\n", {"t.go:3:1: syntax error: missing import path"}},
    {"package main\nvar x chan<- <-chan int\nvar y = (<-chan<- int)(nil)\n",
     {"t.go:3:22: syntax error: unexpected int, expecting chan"}},
    {"package main\nfunc f(...) {}\n", {"t.go:2:11: syntax error: ... is missing type"}},
    {"package main\nfunc main() {\n\tx++ = 1\n}\n",
     {"t.go:3:6: syntax error: unexpected = at end of statement"}},
    {"package main\nfunc main() {\n\tif x++ {\n\t}\n}\n",
     {"t.go:3:6: syntax error: cannot use x++ as value"}},
    {"package main\nfunc main() {\n\tfor x := range y; {\n\t}\n}\n",
     {"t.go:3:18: syntax error: unexpected semicolon, expecting { after for clause"}},
    {"package main\nfunc main() {\n\tvar x = []int{1, 2\n\t3}\n}\n",
     {"t.go:3:20: syntax error: unexpected newline in composite literal; possibly missing comma or "
      "}"}},
    {"package main\nfunc main() {\n\tx.(int\n}\n",
     {"t.go:3:8: syntax error: unexpected newline, expecting )"}},
    {"package main\nfunc main() {\n\tx.1\n}\n",
     {"t.go:3:3: syntax error: unexpected literal .1 at end of statement"}},
    {"package main\nfunc main() {\n\ta, b\n}\n",
     {"t.go:3:6: syntax error: unexpected newline, expecting := or = or comma"}},
    {"package main\ntype T\n", {"t.go:2:7: syntax error: unexpected newline in type declaration"}},
    {"package main\nfunc main() {\n\tfor ; ; {\n\t}\n\tfor x; {\n\t}\n}\n",
     {"t.go:5:9: syntax error: unexpected {, expecting for loop condition"}},
    {"package main\nfunc main() {\n\t_ = (T){}\n}\n",
     {"t.go:3:9: syntax error: cannot parenthesize type in composite literal"}},
    {"package main\nvar x = map[string]int\n{}\n",
     {"t.go:3:1: syntax error: non-declaration statement outside function body"}},
    {"package main\nfunc f() {\n\tgoto\n}\n",
     {"t.go:4:1: syntax error: unexpected }, expecting name"}},
    {"package main\nfunc f() int {\n\treturn 1,\n}\n",
     {"t.go:4:1: syntax error: unexpected }, expecting expression"}},
    {"package main\nvar a [3,]int\n", {"t.go:2:9: syntax error: unexpected comma; expecting ]"}},
    {"package main\ntype I interface { ~ }\n",
     {"t.go:2:22: syntax error: unexpected }, expecting type"}},
    {"package main\nfunc main() {\n\tif x == 1 {\n\t} else {\n\t} else {\n\t}\n}\n",
     {"t.go:5:4: syntax error: unexpected else at end of statement",
      "t.go:7:1: syntax error: non-declaration statement outside function body"}},
    {"package main\nconst c int := 1\n", {"t.go:2:13: syntax error: unexpected :=, expecting ="}},
    {"package main\nfunc main() {\n\t$x := 1\n}\n", {"t.go:3:2: invalid character U+0024 '$'"}},
    {"package main\nfunc main() {\n\tif true {\n}\n",
     {"t.go:5:1: syntax error: unexpected EOF, expecting }"}},
    {"package main\nfunc main() {\n\tfunc f() {}\n}\n",
     {"t.go:3:7: syntax error: unexpected f, expecting (",
      "t.go:4:1: syntax error: non-declaration statement outside function body"}},
    {"package main\nfunc main() {\n\tvar x int = \n}\n",
     {"t.go:4:1: syntax error: unexpected }, expecting expression"}},
    {"package main\nvar x = struct{a int}{1}.a\nvar y = T{}\nfunc main() {\n\tif x == T{} "
     "{\n\t}\n}\n",
     {"t.go:5:14: syntax error: unexpected { at end of statement",
      "t.go:7:1: syntax error: non-declaration statement outside function body"}},
    {"package main;;import \"fmt\"\n",
     {"t.go:1:14: syntax error: non-declaration statement outside function body"}},
    {"package main\nfunc f(a, b) {}\nfunc g(a, b int, c) {}\n",
     {"t.go:3:18: syntax error: mixed named and unnamed parameters"}},
    {"package main\nfunc 1() {}\n",
     {"t.go:2:6: syntax error: unexpected literal 1, expecting name or ("}},
    {"package main\nvar x int y\n",
     {"t.go:2:11: syntax error: unexpected y after top level declaration"}},
    {"package main\nvar (\n\tx int\n\ty int z\n)\n",
     {"t.go:4:8: syntax error: unexpected z in grouped declaration; possibly missing semicolon or "
      "newline or )"}},
    {"package main\nfunc f(a int b) {}\n",
     {"t.go:2:14: syntax error: unexpected b in parameter list; possibly missing comma or )"}},
    {"package main\ntype T struct {\n\ta int b\n}\n",
     {"t.go:3:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline "
      "or }"}},
    {"package main\nvar c chan\n", {"t.go:3:1: syntax error: missing channel element type"}},
    {"package main\ntype C interface { int | }\n",
     {"t.go:2:26: syntax error: unexpected }, expecting ~ term or type"}},
    {"package main\ntype T[P any, *Q] int\n",
     {"t.go:2:15: syntax error: type parameters must be named"}},
    {"package main\ntype I interface { m[]; n[]() }\n", {"t.go:2:22: empty type argument list"}},
    {"package main\nfunc main() {\n\tswitch {\n\tfoo:\n\t}\n}\n",
     {"t.go:4:2: syntax error: unexpected foo, expecting case or default or }"}},
    {"package main\nfunc main() {\n\tfor {\n\tL:\n\t\t}\n\tM: }\n",
     {"t.go:4:2: label L defined and not used", "t.go:6:2: label M defined and not used"}},
    {"package main\nfunc main() {\n\tif x {\n\t}\nL:\n}\n",
     {"t.go:5:1: label L defined and not used"}},
    {"package main\nvar x []\n", {"t.go:2:9: syntax error: unexpected newline, expecting type"}},
    {"package main\nvar x = <-<-chan int\n",
     {"t.go:2:21: syntax error: unexpected <-, expecting chan"}},
    {"package main\nfunc main() {\n\tx, y := 1, 2,\n}\n",
     {"t.go:4:1: syntax error: unexpected }, expecting expression"}},
    {"package main\nfunc main() {\n\tvar x = y.\n}\n",
     {"t.go:4:1: syntax error: unexpected }, expecting name or ("}},
    {"package main\nfunc main() {\n\tf(a...,b)\n}\n",
     {"t.go:3:9: syntax error: unexpected b, expecting )"}},
    {"package main\nfunc main() {\n\tx := T{a: 1, b: 2 c: 3}\n}\n",
     {"t.go:3:20: syntax error: unexpected c in composite literal; possibly missing comma or }"}},
    {"package main\ntype T[P any] interface{ m() }\nfunc (T[P]) m[Q any]() {}\n",
     {"t.go:3:14: syntax error: method must have no type parameters"}},
    {"package main\nfunc f() (a int, b) {}\n",
     {"t.go:2:18: syntax error: mixed named and unnamed parameters"}},
    {"package main\nfunc f() {\n\tvar x int, y int\n}\n",
     {"t.go:3:11: syntax error: unexpected comma at end of statement"}},
    {"package main\nconst (\n\ta = iota\n\tb\n\tc = 1, 2\n)\nimport \"os\"\n",
     {"t.go:7:1: syntax error: non-declaration statement outside function body"}},
    {"package main\nimport (\n\t\"fmt\"\n\t.\n)\n",
     {"t.go:5:1: syntax error: missing import path"}},
    {"package main\nfunc main() {\n\tgo func() {}\n}\n",
     {"t.go:3:5: expression in go must be function call"}},
    {"package main\nvar x = 1 +\n",
     {"t.go:3:1: syntax error: unexpected EOF, expecting expression"}},
    {"package main\nfunc main() {\n\tdefer\n}\n",
     {"t.go:4:1: syntax error: unexpected }, expecting expression"}},
    {"package main\nfunc f(a ...int, b) {}\n",
     {"t.go:2:18: syntax error: mixed named and unnamed parameters"}},
    {"package main\nvar _ = T[]{}\n", {"t.go:2:11: syntax error: unexpected ], expecting operand"}},
    {"package main\nvar _ = x[:]\nvar _ = x[:]:\n",
     {"t.go:3:13: syntax error: unexpected : after top level declaration"}},
    {"package main\nvar _ = (x)\n{}\n",
     {"t.go:3:1: syntax error: non-declaration statement outside function body"}},
    {"package p\nfunc f() {\n\tswitch {\n\tcase true:\n\tL:\n\tcase false:\n\t}\n}\n",
     {"t.go:5:3: syntax error: missing statement after label"}},
    {"package p\nfunc f() {\n\tfor i := 0; i < 10; i++ x {\n\t}\n}\n",
     {"t.go:3:26: syntax error: unexpected x, expecting { after for clause"}},
    {"package p\nfunc f() {\n\tswitch x y {\n\t}\n}\n",
     {"t.go:3:11: syntax error: unexpected y, expecting {"}},
    {"package p\ntype I interface {\n\tm() n()\n}\n",
     {"t.go:3:7: syntax error: unexpected ( in interface type; possibly missing semicolon or "
      "newline or }"}},
    {"package p\nfunc f() {\n\tfor x y {\n\t}\n}\n",
     {"t.go:3:8: syntax error: unexpected y, expecting {"}},
    {"package p\nfunc f() {\n\tif x {\n\t} else {\n\t}\n\tL: L2:\n}\n",
     {"t.go:6:2: label L defined and not used"}},
};

// Label and branch errors, reported like gc's parser does once a function
// body has no syntax errors (also from go1.19 `go tool compile`).
const ErrorCase kBranchCases[] = {
    {"package p\nfunc f() {\nL:\n\tfor {\n\t}\n}\n", {"t.go:3:1: label L defined and not used"}},
    {"package p\nfunc f() {\nL:\n\tfor {\n\t\tbreak L\n\t}\nL:\n\tfor {\n\t\tbreak L\n\t}\n}\n",
     {"t.go:7:1: label L already defined at t.go:3:1", "t.go:9:9: invalid break label L"}},
    {"package p\nfunc f() {\n\tbreak\n}\n",
     {"t.go:3:2: break is not in a loop, switch, or select"}},
    {"package p\nfunc f() {\n\tcontinue\n}\n", {"t.go:3:2: continue is not in a loop"}},
    {"package p\nfunc f() {\n\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n}\n",
     {"t.go:5:3: continue is not in a loop"}},
    {"package p\nfunc f() {\n\tgoto L\n\tx := 1\nL:\n\t_ = x\n}\n",
     {"t.go:3:7: goto L jumps over declaration of x at t.go:4:4"}},
    {"package p\nfunc f() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n",
     {"t.go:3:7: goto L jumps into block starting at t.go:4:2"}},
    {"package p\nfunc f() {\n\tgoto M\n}\n", {"t.go:3:7: label M not defined"}},
    {"package p\nfunc f() {\nL:\n\t{\n\t\tbreak L\n\t}\n}\n", {"t.go:5:9: invalid break label L"}},
    {"package p\nfunc f() {\nL:\n\tswitch {\n\tdefault:\n\t\tcontinue L\n\t}\n}\n",
     {"t.go:6:12: invalid continue label L"}},
    {"package p\nfunc f() {\n\tfor {\n\t\tbreak M\n\t}\n}\n",
     {"t.go:4:9: break label not defined: M"}},
    {"package p\nfunc f() {\n\tfor {\n\t\tcontinue M\n\t}\n}\n",
     {"t.go:4:12: continue label not defined: M"}},
    {"package p\nfunc f() {\n\tfallthrough\n}\n", {"t.go:3:2: fallthrough statement out of place"}},
    {"package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t}\n}\n",
     {"t.go:5:3: cannot fallthrough final case in switch"}},
    {"package p\nfunc f(x interface{}) {\n\tswitch x.(type) {\n\tcase "
     "int:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n",
     {"t.go:5:3: cannot fallthrough in type switch"}},
    {"package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t\tx++\n\tcase "
     "2:\n\t}\n}\n",
     {"t.go:5:3: fallthrough statement out of place"}},
    {"package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tif true "
     "{\n\t\t\tfallthrough\n\t\t}\n\tcase 2:\n\t}\n}\n",
     {"t.go:6:4: fallthrough statement out of place"}},
    {"package p\nfunc f() {\n\tfunc() {\n\t\tbreak\n\t}()\n}\n",
     {"t.go:4:3: break is not in a loop, switch, or select"}},
    {"package p\nfunc f() {\nL:\n\tfor range []int{} {\n\t\tfunc() {\n\t\t\tcontinue "
     "L\n\t\t}()\n\t}\n}\n",
     {"t.go:3:1: label L defined and not used", "t.go:6:13: continue label not defined: L"}},
    {"package p\nfunc f() {\n\tgoto L\n\tvar a, b int\nL:\n\t_, _ = a, b\n}\n",
     {"t.go:3:7: goto L jumps over declaration of a at t.go:4:6"}},
    {"package p\nfunc f() {\n\tgoto L\n\ta, b := 1, 2\nL:\n\t_, _ = a, b\n}\n",
     {"t.go:3:7: goto L jumps over declaration of a, b at t.go:4:7"}},
    {"package p\nfunc f() {\n\tfor {\n\t}\n\tif true {\n\t\tbreak\n\t} else "
     "{\n\t\tcontinue\n\t}\n}\n",
     {"t.go:6:3: break is not in a loop, switch, or select",
      "t.go:8:3: continue is not in a loop"}},
    {"package p\nfunc f() {\n\tfor i := 0; i < 1; i++ {\n\tL:\n\t\tif true {\n\t\t\tcontinue "
     "L\n\t\t}\n\t}\n}\n",
     {"t.go:6:13: invalid continue label L"}},
};

TEST(ParseErrors, MatchGc) {
  for (const ErrorCase& c : kCases) {
    EXPECT_EQ(errors_of(c.src), c.want) << c.src;
  }
}

TEST(ParseErrors, BranchesMatchGc) {
  for (const ErrorCase& c : kBranchCases) {
    EXPECT_EQ(errors_of(c.src), c.want) << c.src;
  }
  // The check can be turned off (and is skipped after syntax errors).
  ParseOptions options;
  options.check_branches = false;
  EXPECT_TRUE(errors_of("package p\nfunc f() {\n\tbreak\n}\n", options).empty());
  EXPECT_EQ(errors_of("package p\nfunc f() {\n\tbreak\n\tx :=\n}\n"),
            std::vector<std::string>{"t.go:5:1: syntax error: unexpected }, expecting expression"});
}

TEST(ParseErrors, GoBlockIsAcceptedUnlessStrict) {
  const char* src = "package main\nfunc main() {\n\tgo {\n\t\tprintln()\n\t}\n}\n";
  EXPECT_TRUE(errors_of(src).empty());
  ParseOptions strict;
  strict.strict = true;
  // go1.19 prints, in this order (the second on the same line is dropped by
  // the one-error-per-line rule):
  //   t.go:3:5: syntax error: unexpected {, expecting expression
  //   t.go:3:5: expression in go must be function call
  //   t.go:4:11: syntax error: unexpected ) at end of statement
  //   t.go:6:1: syntax error: non-declaration statement outside function body
  EXPECT_EQ(errors_of(src, strict),
            (std::vector<std::string>{
                "t.go:3:5: syntax error: unexpected {, expecting expression",
                "t.go:4:11: syntax error: unexpected ) at end of statement",
                "t.go:6:1: syntax error: non-declaration statement outside function body"}));
}

TEST(ParseErrors, OneErrorPerLine) {
  // go1.19 reports both "empty type argument list" (2:22) and "empty type
  // parameter list" (2:27); gocxx keeps the first error of each line.
  EXPECT_EQ(errors_of("package main\ntype I interface { m[]; n[]() }\n"),
            (std::vector<std::string>{"t.go:2:22: empty type argument list"}));
}

// Nesting that would overflow the stack of a naive recursive parser must
// give one clear error instead, whatever the construct.
TEST(ParseErrors, DeepNestingIsAnErrorNotACrash) {
  const int n = 100000;
  struct Deep {
    std::string prefix, unit, suffix;
  };
  const Deep cases[] = {
      {"package p\nvar x = ", "(", ""},
      {"package p\nvar x = ", "[", ""},
      {"package p\nvar x = ", "*", "y"},
      {"package p\nvar x = ", "- ", "y"},
      {"package p\nvar x = ", "<-", "y"},
      {"package p\nvar x = T", "{", ""},
      {"package p\nfunc f() ", "{", ""},
      {"package p\nvar x ", "[]", "int"},
      {"package p\nvar x ", "*", "int"},
      {"package p\nvar x ", "func()", ""},
      {"package p\nvar x ", "chan ", "int"},
      {"package p\nvar x ", "map[int]", "int"},
      {"package p\nfunc f() { ", "if x {} else ", "{}}"},
      {"package p\nfunc f() { ", "L: ", "}"},
      {"package p\nfunc f() { ", "switch { case 1: ", ""},
      {"package p\nvar x = a", "[0]", ""},
      {"package p\nvar x = a", ".b", ""},
      {"package p\nvar x = a", "()", ""},
      {"package p\nvar x = ", "a + (", "a"},
  };
  for (const Deep& d : cases) {
    std::string src = d.prefix;
    for (int i = 0; i < n; i++) src += d.unit;
    src += d.suffix;
    std::vector<std::string> errors = errors_of(src);
    ASSERT_FALSE(errors.empty()) << d.unit;
    EXPECT_NE(errors[0].find("syntax error: nesting too deep"), std::string::npos)
        << d.unit << ": " << errors[0];
    EXPECT_EQ(errors.size(), 1u) << d.unit;
  }
}

// A left-associative chain is long, not nested: gc accepts 100k terms, and
// so does the parser, whatever the operators' precedences.
TEST(ParseErrors, LongBinaryChainsAreNotNesting) {
  const int n = 100000;
  const std::string units[] = {"+a", "&&a", "*a+a", "==a||a", "|a"};
  for (const std::string& unit : units) {
    std::string src = "package p\nvar x = a";
    for (int i = 0; i < n; i++) src += unit;
    EXPECT_TRUE(errors_of(src).empty()) << unit;
  }
}

TEST(ParseErrors, NestingLimitIsConfigurable) {
  ParseOptions options;
  options.max_nesting = 50;
  std::string src = "package p\nvar x = " + std::string(60, '(') + "1" + std::string(60, ')');
  EXPECT_EQ(errors_of(src, options),
            (std::vector<std::string>{"t.go:2:59: syntax error: nesting too deep"}));
  options.max_nesting = 100;
  EXPECT_TRUE(errors_of(src, options).empty());
}

}  // namespace
}  // namespace gocxx::parse
