// This file implements Scanner, the tokenizer for Go source text.
//
// The scanner follows cmd/compile/internal/syntax/scanner.go: the same
// automatic semicolon insertion (spec "Semicolons"), the same lexical checks
// with gc's messages and columns, and literal values left unconverted (a
// literal token carries its source text; the checker converts it exactly).
// Comments are skipped, except directive comments (//go:..., //gocxx:...,
// //export ...) which are collected for the parser to attach to the next
// declaration.
//
// Speed: the scanner walks a NUL-terminated buffer with a pointer, takes an
// ASCII fast path everywhere, and returns string_views into the buffer.

#ifndef GOCXX_SCAN_SCANNER_H_
#define GOCXX_SCAN_SCANNER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "scan/token.h"

namespace gocxx::scan {

// A directive comment such as "//go:noinline" on a line of its own.
struct Directive {
  base::Pos pos;          // position of the leading "//"
  std::string_view text;  // text after "//" (e.g. "go:noinline"), no trailing \r
};

class Scanner {
 public:
  Scanner(const base::SourceFile& file, base::Diagnostics& diags);

  // Advances to the next token.
  void next();
  const Token& token() const { return tok_; }

  // Number of lexical errors reported so far (including ones Diagnostics
  // dropped as duplicates on a line).
  int error_count() const { return errors_; }

  // Directive comments scanned so far, in source order. The parser moves
  // them out when it starts a declaration.
  std::vector<Directive>& directives() { return directives_; }

  // From now on next() returns EOF without reading further (the parser gave
  // up on this file, e.g. after "nesting too deep").
  void stop() {
    stopped_ = true;
    tok_.kind = TokenKind::EndOfFile;
  }

 private:
  // Characters and positions.
  base::Pos pos_of(const char* p) const { return file_.pos_at(static_cast<uint32_t>(p - begin_)); }
  bool at_end() const { return cur_ == end_; }
  void error_at(const char* p, std::string message);
  // Handles a NUL, invalid UTF-8 or BOM at cur_ the way gc's source.nextch
  // does (report and skip); returns false if cur_ holds an ordinary char.
  bool skip_anomaly();
  // Advances over one character (rune) inside a literal or comment.
  void advance_char();

  // Tokens.
  bool scan_token();
  bool scan_operator(char c);
  void set_token(TokenKind kind) { tok_.kind = kind; }
  void finish_op(TokenKind op, TokenKind assign_op);
  void ident();
  void number(bool seen_point);
  bool check_digits(TokenKind kind, int base, int invalid, int digsep);
  int digits(int base, int* invalid);
  void rune_lit();
  void std_string();
  void raw_string();
  bool escape(char quote);
  void set_lit(TokenKind kind, bool ok);

  // Comments.
  void line_comment();
  bool full_comment();  // returns whether the comment contained a newline

  const base::SourceFile& file_;
  base::Diagnostics& diags_;
  const char* begin_;
  const char* end_;
  const char* cur_;      // current character
  const char* start_;    // start of the current token
  bool nlsemi_ = false;  // a newline or EOF now becomes a semicolon
  bool stopped_ = false;
  int errors_ = 0;
  Token tok_;
  std::vector<Directive> directives_;
};

// Returns the index of the first misplaced '_' in a number literal, or -1
// (gc's invalidSep; exposed for tests).
int invalid_separator(std::string_view lit);

}  // namespace gocxx::scan

#endif  // GOCXX_SCAN_SCANNER_H_
