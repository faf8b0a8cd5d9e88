// This file implements `gocxx help [command]`: the usage text of the
// gocxx command and of each of its commands, in the go command's style.

#include <cstdio>
#include <string>
#include <vector>

#include "driver/driver.h"

namespace gocxx::driver {

namespace {

constexpr const char* kUsage =
    "gocxx compiles programs written in a subset of Go to C++20.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tgocxx <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\tcheck       parse and type-check packages, report errors\n"
    "\ttranslate   translate packages to C++ (-o OUT.cpp)\n"
    "\tbuild       compile packages and dependencies (-o BIN)\n"
    "\trun         compile and run a Go program\n"
    "\ttest        test packages (go test's flags and output)\n"
    "\tversion     print gocxx version\n"
    "\thelp        print this help, or a command's: gocxx help <command>\n"
    "\n"
    "Arguments are .go files of package main, or one directory.\n";

struct CommandHelp {
  const char* name;
  const char* text;
};

constexpr CommandHelp kCommands[] = {
    {"check",
     "usage: gocxx check [-e] [--strict] [--gc] [--no-complete] FILES|PACKAGES\n"
     "\n"
     "Check parses and type-checks the named files (or each package) and\n"
     "the packages they import, and reports errors as file:line:col: message.\n"
     "A package is a directory (., ./cmd/x), an import path of the current\n"
     "module or a pattern (./..., example.com/m/...), as the go command takes\n"
     "them; imports are found through go.mod (replace, vendor/) likewise.\n"
     "\n"
     "\t-e             report all errors, not only the first 10\n"
     "\t-tags a,b      build tags that hold (//go:build a && b files are used)\n"
     "\t--strict       reject gocxx's extensions as gc would (go { ... })\n"
     "\t--gc           gc's error format (no \"error:\" label)\n"
     "\t--no-complete  allow functions without bodies (go tool compile's default)\n"
     "\n"
     "The exit status is 0 without errors, 1 with errors, 2 on bad usage.\n"},
    {"translate",
     "usage: gocxx translate [-o OUT.cpp | -outdir DIR [-list-outputs]] [-no-line] [-no-std]\n"
     "                       [-depfile FILE] FILES|PACKAGES\n"
     "\n"
     "Translate writes the program's C++20, formatted, to OUT.cpp (or standard\n"
     "output): one self-contained translation unit holding the program and the\n"
     "standard-library packages it imports, which compiles against the gocxx\n"
     "runtime's headers and library.\n"
     "\n"
     "\t-o FILE        write the C++ to FILE instead of standard output\n"
     "\t-no-line       omit the #line directives that map C++ back to Go lines\n"
     "\t-no-std        only the program's own packages (standard-library units\n"
     "\t               stay #include lines): the text golden files compare\n"
     "\t-depfile FILE  write the Go files and C++ bodies the output was made\n"
     "\t               from, as a Make rule (for CMake's DEPFILE and Ninja)\n"
     "\t-outdir DIR    write one NAME.cpp and gocxx_pkg/NAME.h per package and\n"
     "\t               gocxx_main.cpp into DIR, rewriting only files that\n"
     "\t               changed, listed in DIR/gocxx_outputs.txt (docs/cmake.md)\n"
     "\t-list-outputs  with -outdir: write and print only that list\n"},
    {"build",
     "usage: gocxx build [-o BIN|DIR/] [-no-line] [-depfile FILE] [-work] [-x] FILES|PACKAGES\n"
     "\n"
     "Build translates the program and compiles each package's C++ with $CXX\n"
     "(default c++), caching objects by content in $GOCXXCACHE (default\n"
     "~/.cache/gocxx); an unchanged program is not translated again. The\n"
     "binary is written to BIN (default: the first file's name without .go,\n"
     "or the last element of the package's import path). Of several packages\n"
     "(./...), libraries are checked and main packages built, written only\n"
     "with -o DIR/ (as go build does).\n"
     "\n"
     "\t-o FILE|DIR/   write the binary to FILE, or into DIR\n"
     "\t-no-line       omit the #line directives\n"
     "\t-tags a,b      build tags that hold, as go build -tags\n"
     "\t-depfile FILE  write the files the binary depends on, as a Make rule\n"
     "\t-work          print the temporary directory of generated C++ and keep it\n"
     "\t-x             print the compiler commands\n"
     "\n"
     "Environment: CXX, GOCXXCACHE, GOCXX_PREBUILT (read-only prebuilt object\n"
     "cache), GOCXX_NO_PCH (no precompiled headers), GOCXX_STD_PCH (also\n"
     "precompile the program's standard-library headers into the cache: later\n"
     "programs whose headers include that set compile faster).\n"},
    {"run",
     "usage: gocxx run [-no-line] [-work] [-x] FILES|PACKAGE [ARGS...]\n"
     "\n"
     "Run builds the program as gocxx build does and runs it with ARGS. Its\n"
     "exit status is the program's.\n"},
    {"test",
     "usage: gocxx test [-c] [-o BIN] [-work] [-x] [test flags] [DIR|PKG...] [-args ARGS...]\n"
     "\n"
     "Test builds each package with its _test.go files (those of the package and\n"
     "the external package p_test) and a generated main package that runs its\n"
     "TestXxx, ExampleXxx (checked against their // Output: or // Unordered\n"
     "output: comments), BenchmarkXxx (with -bench) and TestMain through package\n"
     "testing, and prints what go test prints: the test binary's output, then\n"
     "\"ok  \tPKG\t0.012s\", \"FAIL\tPKG\t0.012s\", \"?   \tPKG\t[no test files]\" or\n"
     "\"FAIL\tPKG [build failed]\". Without packages it tests the current\n"
     "directory and streams the output; with packages (DIR, ./DIR, or an import\n"
     "path in the current module) a passing package's output is shown only with\n"
     "-v or -list. Packages must be in a module (go.mod).\n"
     "\n"
     "Test flags, passed to the test binary as -test.NAME=VALUE (the binary, built\n"
     "with -c, takes those directly):\n"
     "\n"
     "\t-v              verbose: every test's name, result and log\n"
     "\t-run RE         run only the tests and examples matching RE\n"
     "\t-bench RE       run the benchmarks matching RE\n"
     "\t-benchtime D    run each benchmark for D (1s) or Nx iterations\n"
     "\t-benchmem       report allocations of benchmarks\n"
     "\t-count N        run tests and benchmarks N times\n"
     "\t-cpu LIST       GOMAXPROCS values to run with\n"
     "\t-failfast       stop after the first failing test\n"
     "\t-list RE        list the tests, benchmarks and examples matching RE\n"
     "\t-parallel N     run at most N parallel tests at once\n"
     "\t-short          tell long tests to shorten (testing.Short)\n"
     "\t-shuffle X      run tests in random order (off, on or a seed)\n"
     "\t-timeout D      panic after D (default 10m)\n"
     "\n"
     "Build flags:\n"
     "\n"
     "\t-c              compile the test binary to PKG.test (or -o BIN), do not run it\n"
     "\t-o BIN          with -c, the binary's name\n"
     "\t-work, -x       as for gocxx build\n"
     "\n"
     "The exit status is 0 if every package passed, 1 if a test failed, 2 if a\n"
     "package did not build. Fuzz tests (FuzzXxx) and go vet are not supported.\n"},
    {"version", "usage: gocxx version\n\nVersion prints the gocxx version.\n"},
    {"help", "usage: gocxx help [command]\n\nHelp prints the usage of gocxx or of one command.\n"},
};

}  // namespace

void print_usage(FILE* out) { std::fputs(kUsage, out); }

int cmd_help(const std::vector<std::string>& args) {
  if (args.empty()) {
    print_usage(stdout);
    return kExitOk;
  }
  for (const CommandHelp& c : kCommands) {
    if (args[0] == c.name) {
      std::fputs(c.text, stdout);
      return kExitOk;
    }
  }
  std::fprintf(stderr, "gocxx help %s: unknown help topic. Run 'gocxx help'.\n", args[0].c_str());
  return kExitUsage;
}

}  // namespace gocxx::driver
