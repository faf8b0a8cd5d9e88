// Tests of build constraint parsing and evaluation (constraint.h) against
// the cases of go/build/constraint's expr_test.go and go's error texts.

#include "load/constraint.h"

#include <gtest/gtest.h>

#include <set>

namespace gocxx::load {
namespace {

bool eval_go_build(std::string_view expr, std::set<std::string> tags) {
  std::string err;
  auto x = parse_go_build_expr(expr, &err);
  EXPECT_NE(x, nullptr) << expr << ": " << err;
  if (!x) return false;
  return x->eval([&](std::string_view t) { return tags.count(std::string(t)) != 0; });
}

std::string go_build_error(std::string_view expr) {
  std::string err;
  auto x = parse_go_build_expr(expr, &err);
  EXPECT_EQ(x, nullptr) << expr;
  return err;
}

TEST(Constraint, Precedence) {
  // && binds tighter than ||.
  EXPECT_TRUE(eval_go_build("a || b && c", {"a"}));
  EXPECT_FALSE(eval_go_build("(a || b) && c", {"a"}));
  EXPECT_TRUE(eval_go_build("!a && (b || c)", {"c"}));
  EXPECT_FALSE(eval_go_build("!a && (b || c)", {"a", "c"}));
  EXPECT_TRUE(eval_go_build("linux && amd64 && !cgo", {"linux", "amd64"}));
  EXPECT_TRUE(eval_go_build("go1.18 || x.y_z9", {"x.y_z9"}));
}

TEST(Constraint, SyntaxErrorsAsGoReportsThem) {
  EXPECT_EQ(go_build_error("(linux"), "missing close paren");
  EXPECT_EQ(go_build_error("linux && (amd64 || arm"), "missing close paren");
  EXPECT_EQ(go_build_error("linux && !linux || x ! y"), "unexpected token !");
  EXPECT_EQ(go_build_error("linux &"), "invalid syntax at &");
  EXPECT_EQ(go_build_error("a | b"), "invalid syntax at |");
  EXPECT_EQ(go_build_error("!!a"), "double negation not allowed");
  EXPECT_EQ(go_build_error("a &&"), "unexpected end of expression");
  EXPECT_EQ(go_build_error(""), "unexpected end of expression");
  EXPECT_EQ(go_build_error("a b"), "unexpected token b");
  EXPECT_EQ(go_build_error("a)"), "unexpected token )");
  EXPECT_EQ(go_build_error("a -b"), "invalid syntax at -");
}

TEST(Constraint, SplitLines) {
  EXPECT_EQ(split_go_build("//go:build linux"), std::optional<std::string_view>("linux"));
  EXPECT_EQ(split_go_build("//go:build"), std::optional<std::string_view>(""));
  EXPECT_FALSE(split_go_build("//go:buildx linux"));
  EXPECT_FALSE(split_go_build("// go:build linux"));
  EXPECT_EQ(split_plus_build("// +build a,b c"), std::optional<std::string_view>("a,b c"));
  EXPECT_EQ(split_plus_build("//+build a"), std::optional<std::string_view>("a"));
  EXPECT_FALSE(split_plus_build("// +builds a"));
  EXPECT_FALSE(split_plus_build("/* +build a */"));
}

TEST(Constraint, PlusBuild) {
  auto eval = [](std::string_view text, std::set<std::string> tags) {
    return parse_plus_build_expr(text)->eval(
        [&](std::string_view t) { return tags.count(std::string(t)) != 0; });
  };
  // Space is OR, comma is AND, ! is NOT.
  EXPECT_TRUE(eval("linux,amd64 darwin", {"darwin"}));
  EXPECT_FALSE(eval("linux,amd64 darwin", {"linux"}));
  EXPECT_TRUE(eval("!windows", {"linux"}));
  // Malformed words mean "ignore", an empty line too.
  EXPECT_FALSE(eval("!!linux", {"linux"}));
  EXPECT_TRUE(eval("!!linux", {"ignore"}));
  EXPECT_TRUE(eval("a-b", {"ignore"}));
  EXPECT_TRUE(eval("", {"ignore"}));
  EXPECT_FALSE(eval("ignore", {"linux"}));
}

}  // namespace
}  // namespace gocxx::load
