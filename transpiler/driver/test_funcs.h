// This file declares what `gocxx test` finds in a package's _test.go files
// (cmd/go's load.formatTestmain: tests, benchmarks, fuzz tests, examples with
// their expected output, TestMain) and the generated main package that runs
// them through package testing.

#ifndef GOCXX_DRIVER_TEST_FUNCS_H_
#define GOCXX_DRIVER_TEST_FUNCS_H_

#include <string>
#include <vector>

namespace gocxx::driver {

struct TestFunc {
  std::string package;  // "_test" (in-package test files) or "_xtest" (package p_test)
  std::string name;
  std::string output;      // examples: the text after "// Output:"
  bool unordered = false;  // examples: "// Unordered output:"
};

struct TestFuncs {
  std::vector<TestFunc> tests, benchmarks, fuzz_targets, examples;
  bool has_test_main = false;
  TestFunc test_main;
  std::vector<std::string> errors;  // "file:line:col: wrong signature for ..." as go test says
};

// Adds the test functions of the _test.go file `path` (read from disk) to
// `funcs`, as belonging to `package` ("_test" or "_xtest").
void scan_test_file(const std::string& path, const std::string& package, TestFuncs* funcs);

// The Go source of the test main package (cmd/go's testmainTmpl) for the
// package at `import_path`: `with_test` imports it as _test, `with_xtest`
// imports its external test package as _xtest.
std::string testmain_source(const TestFuncs& funcs, const std::string& import_path, bool with_test,
                            bool with_xtest);

// The part of go/doc's example handling gocxx test needs: the expected output
// in the last comment group of the example's body text (between its braces),
// if that group starts with "Output:" or "Unordered output:".
bool example_output(std::string_view body, std::string* output, bool* unordered);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_TEST_FUNCS_H_
