// This file implements format_cpp (format.h) over libclang-cpp.

#include "lower/format.h"

#include <clang/Format/Format.h>
#include <clang/Tooling/Core/Replacement.h>

namespace gocxx::lower {

std::string format_cpp(const std::string& code) {
  clang::format::FormatStyle style = clang::format::getGoogleStyle(clang::format::FormatStyle::LK_Cpp);
  style.ColumnLimit = 100;
  style.Standard = clang::format::FormatStyle::LS_Cpp20;
  // #line directives stay where the emitter put them.
  style.SortIncludes = clang::format::FormatStyle::SI_Never;
  style.AllowShortFunctionsOnASingleLine = clang::format::FormatStyle::SFS_Empty;
  style.AllowShortLambdasOnASingleLine = clang::format::FormatStyle::SLS_Inline;
  std::vector<clang::tooling::Range> ranges = {clang::tooling::Range(0, static_cast<unsigned>(code.size()))};
  clang::tooling::Replacements repl = clang::format::reformat(style, code, ranges, "gocxx.cpp");
  llvm::Expected<std::string> out = clang::tooling::applyAllReplacements(code, repl);
  if (!out) {
    llvm::consumeError(out.takeError());
    return code;
  }
  return *out;
}

}  // namespace gocxx::lower
