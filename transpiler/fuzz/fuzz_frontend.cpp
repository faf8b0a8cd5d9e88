// This file implements gocxx_fuzz_frontend, the libFuzzer target over the
// whole frontend (scanner, parser, ast::verify, type checker): any input
// must give diagnostics or success, never a crash, a sanitizer report, an
// invariant violation or a hang. Run it with tools/fuzz.
//
// Imports resolve against the stub standard library in transpiler/fuzz/std
// (the real one costs ~0.4 s per input under ASan).
// Environment: GOCXX_FUZZ_NO_CHECK=1 skips the checker (scan+parse only);
// GOCXX_FUZZ_STD_ROOT sets another standard-library root (e.g. runtime/std);

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "fuzz/frontend_entry.h"

namespace {

gocxx::fuzz::FrontendOptions g_options;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* no_check = std::getenv("GOCXX_FUZZ_NO_CHECK");
  g_options.check = !(no_check != nullptr && no_check[0] != '\0' && no_check[0] != '0');
  const char* root = std::getenv("GOCXX_FUZZ_STD_ROOT");
  g_options.std_root = root != nullptr && root[0] != '\0' ? root : GOCXX_FUZZ_STUB_STD;
  std::fprintf(stderr, "gocxx_fuzz_frontend: checker %s, std root %s\n",
               !gocxx::fuzz::frontend_has_checker() ? "not built in"
               : g_options.check                    ? "on"
                                                    : "off (GOCXX_FUZZ_NO_CHECK)",
               g_options.std_root.c_str());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  gocxx::fuzz::FrontendResult r = gocxx::fuzz::run_frontend_on_large_stack(text, g_options);
  if (!r.problems.empty()) {
    for (const std::string& p : r.problems)
      std::fprintf(stderr, "INVARIANT VIOLATED: %s\n", p.c_str());
    std::abort();
  }
  return 0;
}
