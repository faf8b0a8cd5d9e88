// This file implements the frontend entry shared by the libFuzzer target
// (gocxx_fuzz_frontend) and the fuzz regression test: it runs every frontend
// phase on one in-memory Go file and checks the invariants that must hold
// for any input, however hostile.
//
// Phases, on a buffer named "fuzz.go":
//  1. the scanner alone over every token (progress, positions in the file);
//  2. the parser, then ast::verify and a walk checking node positions;
//  3. rendering the diagnostics (positions to lines and carets);
//  4. the type checker (check::check_files), when this library was built
//     with it (GOCXX_FRONTEND_WITH_CHECK, see CMakeLists.txt) and asked to.
// A violated invariant is returned as a problem string, never asserted here,
// so each caller decides (the fuzzer aborts, the test fails).

#ifndef GOCXX_FUZZ_FRONTEND_ENTRY_H_
#define GOCXX_FUZZ_FRONTEND_ENTRY_H_

#include <string>
#include <string_view>
#include <vector>

namespace gocxx::fuzz {

struct FrontendOptions {
  // Run the type checker (ignored if the library was built without it).
  bool check = true;
  // Standard-library root for the checker's imports; empty: the source
  // tree's runtime/std.
  std::string std_root;
};

struct FrontendResult {
  size_t parse_errors = 0;  // diagnostics kept by the scan+parse run
  size_t check_errors = 0;  // diagnostics kept by the checker's run
  bool checked = false;     // the checker ran
  // Invariant violations ("ast::verify: BinaryExpr: null y", ...): bugs.
  std::vector<std::string> problems;
  double cpu_seconds = 0;  // user CPU time of the thread that ran the phases
};

// Whether this build includes the type checker.
bool frontend_has_checker();

// Runs the phases on the calling thread. Deep trees need a large stack: use
// run_frontend_on_large_stack unless the caller provides one.
FrontendResult run_frontend(std::string_view text, const FrontendOptions& options = {});

// Runs run_frontend on a worker thread with a base::kLargeStack stack, as the
// gocxx driver runs its phases. The worker is created once and reused (no
// thread creation per call, which would dominate a fuzzer's time).
FrontendResult run_frontend_on_large_stack(std::string_view text,
                                           const FrontendOptions& options = {});

}  // namespace gocxx::fuzz

#endif  // GOCXX_FUZZ_FRONTEND_ENTRY_H_
