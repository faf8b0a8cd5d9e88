// This file implements the checker's entry points: Program, Checker setup
// and the per-package pipeline (types2's check.go: checkFiles).

#include "check/check.h"

#include "check/checker.h"

namespace gocxx::check {

Program::Program(base::SourceManager& sources) : sources(sources) { init_universe(*this); }
Program::~Program() = default;

Checker::Checker(Program& prog, Package* pkg, base::Diagnostics& diags, const Config& config,
                 Loader* loader)
    : prog_(prog),
      pkg_(pkg),
      diags_(diags),
      config_(config),
      loader_(loader),
      types_(prog.types),
      info_(prog.info) {
  true_ident_.name = "true";
}

void Checker::check_package() {
  collect_objects();
  package_objects();
  process_delayed(0);
  init_order();
  unused_imports();
  record_untyped();
  pkg_->checked = true;
}

}  // namespace gocxx::check
