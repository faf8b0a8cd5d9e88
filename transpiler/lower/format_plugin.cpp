// This file is the formatter plugin (libgocxx_format.so): clang-format's
// library behind one C entry point. libclang-cpp and libLLVM take ~70 ms to
// load and relocate, which every `gocxx build`, `run` and `check` would pay
// for nothing; only `gocxx translate` formats, so format.cpp loads this
// plugin when it is first needed.

#include <clang/Format/Format.h>
#include <clang/Tooling/Core/Replacement.h>

#include <cstdlib>
#include <cstring>

// Formats code[0..n) in gocxx's style; returns a malloc'ed copy (length in
// *out_n), or nullptr if clang-format fails.
extern "C" __attribute__((visibility("default"))) char* gocxx_format_cpp(const char* code, size_t n,
                                                                         size_t* out_n) {
  std::string text(code, n);
  clang::format::FormatStyle style =
      clang::format::getGoogleStyle(clang::format::FormatStyle::LK_Cpp);
  style.ColumnLimit = 100;
  style.Standard = clang::format::FormatStyle::LS_Cpp20;
  // #line directives stay where the emitter put them.
  style.SortIncludes = clang::format::FormatStyle::SI_Never;
  style.AllowShortFunctionsOnASingleLine = clang::format::FormatStyle::SFS_Empty;
  style.AllowShortLambdasOnASingleLine = clang::format::FormatStyle::SLS_Inline;
  std::vector<clang::tooling::Range> ranges = {
      clang::tooling::Range(0, static_cast<unsigned>(text.size()))};
  clang::tooling::Replacements repl = clang::format::reformat(style, text, ranges, "gocxx.cpp");
  llvm::Expected<std::string> out = clang::tooling::applyAllReplacements(text, repl);
  if (!out) {
    llvm::consumeError(out.takeError());
    return nullptr;
  }
  char* result = static_cast<char*>(std::malloc(out->size() + 1));
  if (result == nullptr) return nullptr;
  std::memcpy(result, out->data(), out->size() + 1);
  *out_n = out->size();
  return result;
}
