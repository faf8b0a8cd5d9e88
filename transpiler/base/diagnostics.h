// This file implements Diagnostics, the one sink every phase reports into.
//
// Rules (those of gc, the reference compiler):
//  - messages are lowercase, without a final period, quote Go syntax in
//    backticks, and use gc's wording where gc has one;
//  - at most one error per source line: the first one reported for a line is
//    kept and later ones on that line are dropped (so one mistake yields one
//    error even if several phases trip over it);
//  - output is sorted by position, and printing stops with "too many errors"
//    once 10 errors have been printed.
//
// Printed form (one entry):
//   file.go:LINE:COL: error: MESSAGE
//   <follow-up lines, e.g. "\thave (number)">
//   <the source line, tabs preserved>
//   <spaces/tabs>^
// Colour is used only when the output stream is a terminal.

#ifndef GOCXX_BASE_DIAGNOSTICS_H_
#define GOCXX_BASE_DIAGNOSTICS_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/pos.h"
#include "base/source_manager.h"

namespace gocxx::base {

struct Diagnostic {
  Pos pos;              // may be invalid for errors without a position
  std::string message;  // e.g. "not enough return values"
  // Follow-up lines printed verbatim right after the message, as gc does:
  // e.g. {"\thave (number)", "\twant (int, string)"}.
  std::vector<std::string> notes;
};

struct PrintOptions {
  enum class Style {
    kGocxx,  // file:L:C: error: MESSAGE + source line + caret
    kGc,     // file:L:C: MESSAGE, byte-for-byte as `go build` prints it
  };
  Style style = Style::kGocxx;
  bool color = false;
  uint32_t max_errors = 10;  // 0 means print all
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sources) : sources_(sources) {}
  Diagnostics(const Diagnostics&) = delete;
  Diagnostics& operator=(const Diagnostics&) = delete;

  // Builder returned by error(); adds follow-up lines to the diagnostic just
  // reported. Harmless when the error was dropped (same line as an earlier one).
  class Builder {
   public:
    explicit Builder(Diagnostic* d) : d_(d) {}
    Builder& note(std::string line);
    // Whether the error was kept (false: dropped as a second error on its line).
    bool kept() const { return d_ != nullptr; }

   private:
    Diagnostic* d_;
  };

  // Reports an error at pos. Returns a builder for optional follow-up lines.
  Builder error(Pos pos, std::string message);

  // Whether an error was already kept for the line of pos (lets a phase skip
  // computing an expensive message that would be dropped anyway).
  bool line_has_error(Pos pos) const;

  // Number of errors kept (after the one-per-line filter).
  size_t error_count() const { return diags_.size(); }
  bool has_errors() const { return !diags_.empty(); }

  // All kept diagnostics, sorted by position (stable: equal positions keep
  // their reporting order). Errors without a position come first.
  std::vector<const Diagnostic*> sorted() const;

  // "file:L:C: message" for each kept diagnostic, sorted, notes appended on
  // following lines; convenient for tests. No "error:" tag, no source lines.
  std::vector<std::string> messages() const;

  // Renders diagnostics as text (see the file comment for the layout).
  std::string render(const PrintOptions& options) const;
  // Prints to `out`, with colour when `out` is a terminal and NO_COLOR unset.
  void print(std::FILE* out, PrintOptions options = {}) const;

  const SourceManager& sources() const { return sources_; }

 private:
  void render_one(std::string& out, const Diagnostic& d, const PrintOptions& options) const;
  std::string position_prefix(Pos pos) const;
  static uint64_t line_key(const Location& loc);

  const SourceManager& sources_;
  std::vector<Diagnostic> diags_;
  std::unordered_set<uint64_t> lines_with_errors_;
};

}  // namespace gocxx::base

#endif  // GOCXX_BASE_DIAGNOSTICS_H_
