// Regression tests for the frontend on hostile input, through the same entry
// the fuzzer uses (frontend_entry.h):
//  - every input saved in testdata/fuzz_regressions (findings of tools/fuzz)
//    must run without a crash, an invariant violation or a hang;
//  - generated inputs (deep nesting, megabyte lines, huge literals, long
//    declaration chains) must give an error or success, as stated per case,
//    within a CPU-time bound: deep input gets an error, not a stack overflow,
//    and nothing takes super-linear time.
//
// The bound is 2 s of CPU time per input (10x under sanitizers or without
// optimization); GOCXX_FUZZ_TIME_SCALE multiplies it. GOCXX_FUZZ_DUMP_DIR=dir
// writes each generated input to dir/NAME.go (to compare with `go vet`).

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/frontend_entry.h"

#ifndef __has_feature
#define __has_feature(x) 0
#endif

namespace gocxx::fuzz {
namespace {

double time_bound() {
  double bound = 2.0;
#if defined(__SANITIZE_ADDRESS__) || __has_feature(address_sanitizer) || \
    defined(__SANITIZE_THREAD__) || __has_feature(thread_sanitizer) || !defined(__OPTIMIZE__)
  bound *= 10;
#endif
  if (const char* s = std::getenv("GOCXX_FUZZ_TIME_SCALE")) bound *= std::atof(s);
  return bound;
}

std::string repeat(std::string_view unit, size_t n) {
  std::string s;
  s.reserve(unit.size() * n);
  for (size_t i = 0; i < n; i++) s += unit;
  return s;
}

// Builds a string from a generator called with i = 0 .. n-1.
std::string each(size_t n, const std::function<std::string(size_t)>& gen) {
  std::string s;
  for (size_t i = 0; i < n; i++) s += gen(i);
  return s;
}

std::string num(size_t i) { return std::to_string(i); }

// kSyntaxError: the parser reports it; kError: the checker does (asserted only
// when the checker ran).
enum class Expect { kOk, kSyntaxError, kError, kAny };

struct Hostile {
  const char* name;
  Expect expect;
  std::function<std::string()> source;
};

constexpr size_t k100k = 100000;
constexpr size_t k10k = 10000;
constexpr size_t k1MB = 1 << 20;

const std::vector<Hostile>& hostile_inputs() {
  static const std::vector<Hostile> cases = {
      // Nesting far beyond the parser's limit: "nesting too deep", no overflow.
      {"parens_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x = " + repeat("(", k100k) + "1" + repeat(")", k100k); }},
      {"index_brackets_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x = " + repeat("a[", k100k) + "0" + repeat("]", k100k); }},
      {"slice_types_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x " + repeat("[]", k100k) + "int"; }},
      {"block_braces_100k", Expect::kSyntaxError,
       [] { return "package main\nfunc main() " + repeat("{", k100k) + repeat("}", k100k); }},
      {"composite_braces_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x = T" + repeat("{", k100k) + repeat("}", k100k); }},
      {"unary_not_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x = " + repeat("!", k100k) + "true"; }},
      {"right_nested_chain_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x = " + repeat("a + (", k100k) + "a" + repeat(")", k100k); }},
      {"selector_chain_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x = a" + repeat(".b", k100k); }},
      {"call_chain_100k", Expect::kSyntaxError,
       [] { return "package main\nvar x = f" + repeat("()", k100k); }},
      {"unclosed_parens_1MB", Expect::kSyntaxError,
       [] { return "package main\nvar x = " + repeat("(", k1MB); }},
      // Nesting around the limit: error or success, quickly.
      {"func_lits_10k", Expect::kAny,
       [] {
         return "package main\nfunc main() {\n" + repeat("func() {\n", k10k) +
                repeat("}()\n", k10k) + "}\n";
       }},
      {"blocks_10k", Expect::kAny,
       [] {
         return "package main\nfunc main() {\n" + repeat("{\n", k10k) + repeat("}\n", k10k) + "}\n";
       }},
      {"ifs_10k", Expect::kAny,
       [] {
         return "package main\nfunc main() {\n" + repeat("if true {\n", k10k) +
                repeat("}\n", k10k) + "}\n";
       }},
      {"parens_9k", Expect::kAny,
       [] {
         return "package main\nvar x = " + repeat("(", 9000) + "1" + repeat(")", 9000) +
                "\nfunc main() {}\n";
       }},
      // Deep but valid (gc accepts these).
      {"func_lits_1k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n" + repeat("func() {\n", 1000) +
                repeat("}()\n", 1000) + "}\n";
       }},
      {"shadowing_loops_1k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n" + repeat("for i := 0; i < 1; i++ {\n", 1000) +
                repeat("}\n", 1000) + "}\n";
       }},
      {"binary_chain_4k", Expect::kOk,
       [] {
         return "package main\nconst x = 1" + repeat("+1", 3999) + "\nfunc main() { _ = x }\n";
       }},
      {"string_concat_5k", Expect::kOk,
       [] {
         return "package main\nconst s = \"ab\"" + repeat(" + \"ab\"", 4999) +
                "\nfunc main() { _ = s }\n";
       }},
      {"nested_slice_type_2k", Expect::kOk,
       [] {
         return "package main\nvar x " + repeat("[]", 2000) + "int\nvar y " + repeat("[]", 2000) +
                "int = x\nfunc main() { _ = y }\n";
       }},
      // Long left-associative chains are not nesting (gc accepts 100k terms):
      // a tree as deep as the chain, which every phase walks without a stack
      // frame per term.
      {"binary_chain_100k", Expect::kOk,
       [] { return "package main\nvar x = 1" + repeat("+1", k100k - 1) + "\nfunc main() {}\n"; }},
      {"plus_chain_100k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n\ta, b := 1, 2\n\tx := a" +
                repeat(" + b", k100k - 1) + "\n\t_ = x\n}\n";
       }},
      {"andand_chain_100k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n\ta, b := true, false\n\tx := a" +
                repeat(" && b", k100k - 1) + "\n\t_ = x\n}\n";
       }},
      {"untyped_bool_chain_100k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n\ta, b := 1, 2\n\tvar x bool = a == b" +
                repeat(" || a < b", k100k - 1) + "\n\t_ = x\n}\n";
       }},
      {"string_concat_chain_100k", Expect::kOk,
       [] {
         return "package main\nconst s = \"ab\"" + repeat(" + \"ab\"", k100k - 1) +
                "\nfunc main() {\n\tt := \"x\"\n\tu := t + s" + repeat(" + t", k100k - 1) +
                "\n\t_ = u\n}\n";
       }},
      {"shift_chain_100k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n\tvar s uint = 1\n\tvar x int64 = 1" +
                repeat(" << s", k100k - 1) + "\n\t_ = x\n}\n";
       }},
      {"union_array_length_100k", Expect::kOk,
       [] {
         return "package main\nconst a, b = 1, 2\ntype T [a" + repeat(" | b", k100k - 1) +
                "]int\nfunc main() { var t T; _ = t }\n";
       }},
      {"mismatched_chain_100k", Expect::kError,
       [] {
         return "package main\nfunc main() {\n\ta := 1\n\tx := a" + repeat(" + a", k100k - 1) +
                " + \"s\"\n\t_ = x\n}\n";
       }},
      // Megabyte lines.
      {"string_literal_1MB_line", Expect::kOk,
       [] {
         return "package main; var s = \"" + std::string(k1MB, 'a') + "\"; func main() { _ = s }";
       }},
      {"statements_1MB_line", Expect::kOk,
       [] {
         return "package main; func main() { x := 0; " + repeat("x++; ", k1MB / 5) + "_ = x }";
       }},
      {"comment_1MB_line", Expect::kOk,
       [] { return "package main // " + std::string(k1MB, 'c') + "\nfunc main() {}\n"; }},
      {"identifier_1MB", Expect::kOk,
       [] {
         std::string id = "v" + std::string(k1MB / 2, 'x');
         return "package main\nvar " + id + " = 1\nfunc main() { _ = " + id + " }\n";
       }},
      {"stray_tokens_1MB", Expect::kSyntaxError,
       [] { return "package main\nfunc main() { " + repeat(") ", k1MB / 2) + "}\n"; }},
      {"invalid_utf8_1MB", Expect::kSyntaxError,
       [] { return "package main\nvar s = \"" + std::string(k1MB, '\xff') + "\"\n"; }},
      {"nul_bytes_1MB", Expect::kSyntaxError,
       [] { return "package main\n" + std::string(k1MB, '\0'); }},
      // Huge flat constructs: linear time expected.
      {"slice_literal_100k", Expect::kOk,
       [] {
         return "package main\nvar x = []int{" +
                each(k100k, [](size_t i) { return num(i) + ","; }) + "}\nfunc main() { _ = x }\n";
       }},
      {"map_literal_100k", Expect::kOk,
       [] {
         return "package main\nvar m = map[int]string{" +
                each(k100k, [](size_t i) { return num(i) + ": \"v\","; }) +
                "}\nfunc main() { _ = m }\n";
       }},
      {"string_key_map_literal_100k", Expect::kOk,
       [] {
         return "package main\nvar m = map[string]int{" +
                each(k100k, [](size_t i) { return "\"k" + num(i) + "\": " + num(i) + ","; }) +
                "}\nfunc main() { _ = m }\n";
       }},
      {"indexed_array_literal_100k", Expect::kOk,
       [] {
         return "package main\nvar a = [...]int{" +
                each(k100k, [](size_t i) { return num(k100k - 1 - i) + ": 1,"; }) +
                "}\nfunc main() { _ = a }\n";
       }},
      {"struct_literal_list_100k", Expect::kOk,
       [] {
         return "package main\ntype P struct{ X, Y int }\nvar ps = []P{" +
                each(k100k, [](size_t i) { return "{" + num(i) + ", 2},"; }) +
                "}\nfunc main() { _ = ps }\n";
       }},
      {"duplicate_map_keys_100k", Expect::kError,
       [] {
         return "package main\nvar m = map[int]int{" + repeat("1: 1,\n", k100k) +
                "}\nfunc main() { _ = m }\n";
       }},
      {"switch_cases_20k", Expect::kOk,
       [] {
         return "package main\nfunc f(x int) int {\n\tswitch x {\n" +
                each(20000,
                     [](size_t i) {
                       return "\tcase " + num(i) + ":\n\t\treturn " + num(i) + "\n";
                     }) +
                "\t}\n\treturn -1\n}\nfunc main() { _ = f(1) }\n";
       }},
      {"struct_fields_10k", Expect::kOk,
       [] {
         return "package main\ntype S struct {\n" +
                each(k10k, [](size_t i) { return "\tF" + num(i) + " int\n"; }) +
                "}\nfunc main() { var s S; s.F9999 = 1; _ = s }\n";
       }},
      {"interface_methods_50k", Expect::kOk,
       [] {
         return "package main\ntype I interface {\n" +
                each(50000, [](size_t i) { return "\tM" + num(i) + "()\n"; }) +
                "}\nfunc main() { var i I; _ = i }\n";
       }},
      {"package_vars_100k", Expect::kOk,
       [] {
         return "package main\nvar (\n" +
                each(k100k, [](size_t i) { return "\tv" + num(i) + " int = " + num(i) + "\n"; }) +
                ")\nfunc main() { _ = v99999 }\n";
       }},
      {"statements_100k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n\tx := 0\n" + repeat("\tx = x + 1\n", k100k) +
                "\t_ = x\n}\n";
       }},
      {"local_vars_100k", Expect::kOk,
       [] {
         return "package main\nfunc main() {\n" +
                each(k100k,
                     [](size_t i) {
                       return "\tv" + num(i) + " := " + num(i) + "\n\t_ = v" + num(i) + "\n";
                     }) +
                "}\n";
       }},
      {"funcs_100k", Expect::kOk,
       [] {
         return "package main\n" +
                each(k100k,
                     [](size_t i) {
                       return "func f" + num(i) + "() int { return " + num(i) + " }\n";
                     }) +
                "func main() { _ = f0() }\n";
       }},
      {"type_errors_100k_lines", Expect::kError,
       [] { return "package main\n" + repeat("var _ int = \"s\"\n", k100k) + "func main() {}\n"; }},
      // Declaration chains resolved in reverse order: recursion in the checker
      // as deep as the chain, not bounded by the parser's nesting limit.
      {"type_chain_10k", Expect::kOk,
       [] {
         return "package main\n" +
                each(k10k - 1,
                     [](size_t i) { return "type T" + num(i) + " T" + num(i + 1) + "\n"; }) +
                "type T" + num(k10k - 1) + " int\nfunc main() { var t T0; _ = t }\n";
       }},
      {"const_chain_10k", Expect::kOk,
       [] {
         return "package main\n" +
                each(k10k - 1,
                     [](size_t i) { return "const c" + num(i) + " = c" + num(i + 1) + " + 1\n"; }) +
                "const c" + num(k10k - 1) + " = 0\nfunc main() { _ = c0 }\n";
       }},
      {"var_chain_10k", Expect::kOk,
       [] {
         return "package main\n" +
                each(k10k - 1,
                     [](size_t i) { return "var v" + num(i) + " = v" + num(i + 1) + " + 1\n"; }) +
                "var v" + num(k10k - 1) + " = 0\nfunc main() { _ = v0 }\n";
       }},
      {"call_chain_funcs_10k", Expect::kOk,
       [] {
         return "package main\n" +
                each(k10k - 1,
                     [](size_t i) {
                       return "func f" + num(i) + "() int { return f" + num(i + 1) + "() }\n";
                     }) +
                "func f" + num(k10k - 1) + "() int { return 0 }\nfunc main() { _ = f0() }\n";
       }},
      {"embedded_struct_chain_10k", Expect::kOk,
       [] {
         return "package main\n" +
                each(k10k - 1,
                     [](size_t i) {
                       return "type S" + num(i) + " struct{ S" + num(i + 1) + " }\n";
                     }) +
                "type S" + num(k10k - 1) + " struct{ X int }\nfunc main() { var s S0; _ = s }\n";
       }},
      // Constant arithmetic on huge values.
      {"huge_shift", Expect::kError,
       [] { return "package main\nconst c = 1 << 100000000\nfunc main() { _ = c }\n"; }},
      {"huge_exponent_literals", Expect::kAny,
       [] {
         return "package main\nconst c = 1e1000000000 / 1e999999999\nconst d = 0x1p-1000000000\n"
                "func main() { _ = c; _ = d }\n";
       }},
      {"constant_square_chain", Expect::kError,
       [] {
         std::string s = "package main\nconst c0 = 3\n";
         for (int i = 1; i < 40; i++)
           s += "const c" + num(i) + " = c" + num(i - 1) + " * c" + num(i - 1) + "\n";
         return s + "func main() { _ = c39 }\n";
       }},
  };
  return cases;
}

// gtest prints the parameter in failure messages: its name, not its bytes.
void PrintTo(const Hostile& h, std::ostream* os) { *os << h.name; }

class HostileTest : public testing::TestWithParam<Hostile> {};

TEST_P(HostileTest, ErrorOrSuccessInBoundedTime) {
  const Hostile& h = GetParam();
  std::string src = h.source();
  if (const char* dir = std::getenv("GOCXX_FUZZ_DUMP_DIR")) {
    std::ofstream(std::string(dir) + "/" + h.name + ".go", std::ios::binary) << src;
  }
  FrontendResult r = run_frontend_on_large_stack(src);
  for (const std::string& p : r.problems) ADD_FAILURE() << "invariant violated: " << p;
  EXPECT_LT(r.cpu_seconds, time_bound()) << h.name << " (" << src.size() << " bytes)";
  size_t errors = r.parse_errors + r.check_errors;
  switch (h.expect) {
    case Expect::kOk:
      EXPECT_EQ(errors, 0u) << h.name << ": expected success";
      break;
    case Expect::kSyntaxError:
      EXPECT_GT(r.parse_errors, 0u) << h.name << ": expected a syntax error";
      break;
    case Expect::kError:
      if (r.checked) {
        EXPECT_GT(errors, 0u) << h.name << ": expected an error";
      }
      break;
    case Expect::kAny:
      break;
  }
  std::fprintf(stderr, "%s: %zu bytes, %zu syntax + %zu check errors, %.3f s CPU%s\n", h.name,
               src.size(), r.parse_errors, r.check_errors, r.cpu_seconds,
               r.checked ? "" : " (checker not run)");
}

INSTANTIATE_TEST_SUITE_P(Frontend, HostileTest, testing::ValuesIn(hostile_inputs()),
                         [](const testing::TestParamInfo<Hostile>& info) {
                           return std::string(info.param.name);
                         });

// Every saved fuzzer finding: no crash, no invariant violation, bounded time.
TEST(FuzzRegressions, SavedInputs) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(GOCXX_FUZZ_REGRESSIONS, ec)) {
    if (e.is_regular_file() && e.path().extension() != ".md") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    std::fprintf(stderr, "%s\n", path.filename().c_str());  // names the input if it crashes
    // Against the fuzzer's stub standard library and against the real one.
    for (const char* std_root : {GOCXX_FUZZ_STUB_STD, ""}) {
      FrontendOptions options;
      options.std_root = std_root;
      FrontendResult r = run_frontend_on_large_stack(text.str(), options);
      for (const std::string& p : r.problems) {
        ADD_FAILURE() << path.filename() << ": invariant violated: " << p;
      }
      EXPECT_LT(r.cpu_seconds, time_bound()) << path.filename();
    }
  }
  std::fprintf(stderr, "%zu saved inputs\n", files.size());
}

}  // namespace
}  // namespace gocxx::fuzz
