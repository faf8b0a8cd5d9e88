// This file implements the checks that run before the lowering: constructs
// the checker accepts (they are Go) but gocxx cannot translate yet are
// reported at their Go position, so that `gocxx build` stops with
// `file:line:col: error: ...` instead of emitting C++ that refers to what
// does not exist.

#include "lower/unsupported.h"

namespace gocxx::lower {

namespace {

// Whether an import path literal ("unsafe" or `unsafe`) names package unsafe.
bool is_unsafe_path(const ast::BasicLit* lit) {
  return lit != nullptr && (lit->value == "\"unsafe\"" || lit->value == "`unsafe`");
}

}  // namespace

bool report_unsupported(const check::Program& program, base::Diagnostics& diags) {
  bool found = false;
  for (const check::Package* pkg : program.packages) {
    for (const ast::File* f : pkg->files) {
      for (ast::Decl* d : f->decls) {
        auto* gd = ast::dyn_cast<ast::GenDecl>(d);
        if (gd == nullptr || gd->tok != scan::TokenKind::Import) continue;
        for (ast::Spec* spec : gd->specs) {
          // import "unsafe": Go: unsafe.Pointer, Sizeof, ...; C++: none yet.
          auto* is = ast::dyn_cast<ast::ImportSpec>(spec);
          if (is == nullptr || !is_unsafe_path(is->path)) continue;
          diags.error(is->path->pos, "package unsafe is not supported by gocxx yet");
          found = true;
        }
      }
    }
  }
  return found;
}

}  // namespace gocxx::lower
