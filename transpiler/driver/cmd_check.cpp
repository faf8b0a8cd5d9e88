// This file implements `gocxx check`: run the frontend (parse and type
// check) and report errors; no output and exit 0 for a good program.

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "base/stack.h"
#include "check/check.h"
#include "driver/driver.h"
#include "driver/options.h"
#include "driver/packages.h"

namespace gocxx::driver {

int cmd_check(const std::vector<std::string>& args) {
  check::Config config;
  config.std_root = std_root();
  std::vector<std::string> inputs;
  bool gc_style = false;
  bool all_errors = false;
  std::vector<std::string> tags;
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& a = args[i];
    if ((a == "-tags" || a == "--tags") && i + 1 < args.size()) {
      tags = split_tags(args[++i]);  // build tags that hold, as go build -tags
      config.build.build_tags = tags;
    } else if (a.rfind("-tags=", 0) == 0 || a.rfind("--tags=", 0) == 0) {
      tags = split_tags(a.substr(a.find('=') + 1));
      config.build.build_tags = tags;
    } else if (a == "--strict" || a == "-strict") {
      config.strict = true;
    } else if (a == "--no-complete" || a == "-complete=false") {
      config.complete = false;  // allow body-less functions, as `go tool compile` without -complete
    } else if (a == "-e" || a == "--e") {
      all_errors = true;  // no limit on the number of errors (gc's -e)
    } else if (a == "--gc" || a == "-gc") {
      gc_style = true;  // print exactly as `go build` does (for comparisons)
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(
          stderr,
          "gocxx check: unknown flag %s\nusage: gocxx check [-e] [--strict] [--gc] [-tags a,b] "
          "[--no-complete] FILE.go... | PACKAGES\n",
          a.c_str());
      return kExitUsage;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) inputs.push_back(".");
  std::vector<PackageArg> pkgs;
  if (!expand_packages(inputs, tags, &pkgs)) return kExitErrors;
  base::PrintOptions options;
  if (gc_style) options.style = base::PrintOptions::Style::kGc;
  if (all_errors) options.max_errors = 0;
  // One source manager and one sink for all packages: an error in a package
  // that several of them import is reported once, as go build reports it.
  base::SourceManager sources;
  sources.reuse_files = true;
  base::Diagnostics diags(sources);
  for (const PackageArg& p : pkgs) {
    // Deeply nested input recurses deeply in every phase: run on a big stack.
    base::run_with_stack(base::kLargeStack, [&] {
      auto program = check::load_program(p.inputs, config, sources, diags);
    });
  }
  if (!diags.has_errors()) return kExitOk;
  diags.print(stderr, options);
  return kExitErrors;
}

}  // namespace gocxx::driver
