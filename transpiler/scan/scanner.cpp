// This file implements the scanner's main loop: white space, automatic
// semicolons, identifiers and keywords, operators and comments. Literals are
// in literals.cpp.

#include "scan/scanner.h"

#include <array>

#include "base/unicode.h"

namespace gocxx::scan {
namespace {

// gc's perfect hash for keywords (scanner.go): distinct for all 25 keywords
// in a table of 64 entries, so lookup is one probe and one compare.
constexpr unsigned keyword_hash(std::string_view s) {
  return ((static_cast<unsigned>(static_cast<unsigned char>(s[0])) << 4 ^
           static_cast<unsigned char>(s[1])) +
          static_cast<unsigned>(s.size())) &
         63;
}

struct KeywordTable {
  std::array<TokenKind, 64> kind{};
  std::array<std::string_view, 64> text{};
  bool perfect = true;
};

constexpr KeywordTable make_keyword_table() {
  KeywordTable t;
#define GOCXX_KEYWORD(Name, Spelling)                             \
  if (!t.text[keyword_hash(Spelling)].empty()) t.perfect = false; \
  t.kind[keyword_hash(Spelling)] = TokenKind::Name;               \
  t.text[keyword_hash(Spelling)] = Spelling;
#include "scan/tokens.def"
  return t;
}
constexpr KeywordTable kKeywords = make_keyword_table();

static_assert(kKeywords.perfect, "keyword hash collision");

inline bool is_ascii_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

constexpr unsigned char kBOM[] = {0xEF, 0xBB, 0xBF};

}  // namespace

Scanner::Scanner(const base::SourceFile& file, base::Diagnostics& diags)
    : file_(file), diags_(diags) {
  begin_ = file.text().data();
  end_ = begin_ + file.size();
  cur_ = begin_;
  start_ = begin_;
  // A BOM at the very start of the file is ignored (gc does the same).
  if (file.size() >= 3 &&
      std::string_view(begin_, 3) == std::string_view(reinterpret_cast<const char*>(kBOM), 3)) {
    cur_ += 3;
  }
}

void Scanner::error_at(const char* p, std::string message) {
  errors_++;
  diags_.error(pos_of(p), std::move(message));
}

bool Scanner::skip_anomaly() {
  auto c = static_cast<unsigned char>(*cur_);
  if (c == 0) {
    if (at_end()) return false;
    error_at(cur_, "invalid NUL character");
    cur_++;
    return true;
  }
  if (c < 0x80) return false;
  base::DecodedRune r = base::decode_rune(std::string_view(cur_, static_cast<size_t>(end_ - cur_)));
  if (r.rune == base::kRuneError && r.width == 1) {
    error_at(cur_, "invalid UTF-8 encoding");
    cur_++;
    return true;
  }
  if (r.rune == 0xFEFF) {
    error_at(cur_, "invalid BOM in the middle of the file");
    cur_ += 3;
    return true;
  }
  return false;
}

void Scanner::advance_char() {
  auto c = static_cast<unsigned char>(*cur_);
  if (c != 0 && c < 0x80) {
    cur_++;
    return;
  }
  if (skip_anomaly() || at_end()) return;
  cur_ += base::decode_rune(std::string_view(cur_, static_cast<size_t>(end_ - cur_))).width;
}

void Scanner::next() {
  if (stopped_) {
    tok_ = Token{TokenKind::EndOfFile, pos_of(end_), "EOF", false};
    return;
  }
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  for (;;) {
    // Skip white space; a newline ends the skip when it must become ';'.
    for (;;) {
      char c = *cur_;
      if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && !nlsemi)) {
        cur_++;
      } else if ((c == 0 && !at_end()) || static_cast<unsigned char>(c) >= 0x80) {
        if (!skip_anomaly()) break;
      } else {
        break;
      }
    }
    start_ = cur_;
    tok_.pos = pos_of(cur_);
    tok_.bad = false;
    char c = *cur_;
    if (at_end()) {
      tok_.kind = nlsemi ? TokenKind::Semicolon : TokenKind::EndOfFile;
      tok_.text = "EOF";
      return;
    }
    if (c == '\n') {
      cur_++;
      tok_.kind = TokenKind::Semicolon;
      tok_.text = "newline";
      return;
    }
    if (c == '/' && (cur_[1] == '/' || cur_[1] == '*')) {
      cur_ += 2;
      if (cur_[-1] == '/') {
        line_comment();
        continue;
      }
      if (full_comment() && nlsemi) {
        // A comment spanning lines acts like a newline.
        tok_.kind = TokenKind::Semicolon;
        tok_.text = "newline";
        return;
      }
      continue;
    }
    if (!scan_token()) continue;  // an invalid character was skipped
    if (tok_.kind != TokenKind::Semicolon) {
      tok_.text = std::string_view(start_, static_cast<size_t>(cur_ - start_));
    }
    return;
  }
}

// scan_token scans one token starting at cur_ (not white space, not a
// comment). Returns false if it only skipped an invalid character.
bool Scanner::scan_token() {
  auto c = static_cast<unsigned char>(*cur_);
  if (is_ascii_letter(c) || c >= 0x80) {
    ident();
    return true;
  }
  switch (c) {
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      number(false);
      return true;
    case '"':
      std_string();
      return true;
    case '`':
      raw_string();
      return true;
    case '\'':
      rune_lit();
      return true;
    case ';':
      cur_++;
      tok_.kind = TokenKind::Semicolon;
      tok_.text = "semicolon";
      return true;
    case '.':
      if (is_ascii_digit(static_cast<unsigned char>(cur_[1]))) {
        cur_++;
        number(true);
        return true;
      }
      if (cur_[1] == '.' && cur_[2] == '.') {
        cur_ += 3;
        set_token(TokenKind::Ellipsis);
        return true;
      }
      cur_++;
      set_token(TokenKind::Period);
      return true;
    default:
      return scan_operator(static_cast<char>(c));
  }
}

// finish_op consumes a trailing '=' turning op into op= (assignop in gc).
void Scanner::finish_op(TokenKind op, TokenKind assign_op) {
  if (*cur_ == '=') {
    cur_++;
    set_token(assign_op);
    return;
  }
  set_token(op);
}

bool Scanner::scan_operator(char c) {
  cur_++;
  char n = *cur_;
  switch (c) {
    case '(':
      set_token(TokenKind::Lparen);
      return true;
    case '[':
      set_token(TokenKind::Lbrack);
      return true;
    case '{':
      set_token(TokenKind::Lbrace);
      return true;
    case ',':
      set_token(TokenKind::Comma);
      return true;
    case ')':
      nlsemi_ = true;
      set_token(TokenKind::Rparen);
      return true;
    case ']':
      nlsemi_ = true;
      set_token(TokenKind::Rbrack);
      return true;
    case '}':
      nlsemi_ = true;
      set_token(TokenKind::Rbrace);
      return true;
    case '~':
      set_token(TokenKind::Tilde);
      return true;
    case ':':
      if (n == '=') {
        cur_++;
        set_token(TokenKind::Define);
        return true;
      }
      set_token(TokenKind::Colon);
      return true;
    case '+':
      if (n == '+') {
        cur_++;
        nlsemi_ = true;
        set_token(TokenKind::Inc);
        return true;
      }
      finish_op(TokenKind::Add, TokenKind::AddAssign);
      return true;
    case '-':
      if (n == '-') {
        cur_++;
        nlsemi_ = true;
        set_token(TokenKind::Dec);
        return true;
      }
      finish_op(TokenKind::Sub, TokenKind::SubAssign);
      return true;
    case '*':
      finish_op(TokenKind::Mul, TokenKind::MulAssign);
      return true;
    case '/':
      finish_op(TokenKind::Div, TokenKind::DivAssign);
      return true;
    case '%':
      finish_op(TokenKind::Rem, TokenKind::RemAssign);
      return true;
    case '^':
      finish_op(TokenKind::Xor, TokenKind::XorAssign);
      return true;
    case '&':
      if (n == '&') {
        cur_++;
        set_token(TokenKind::AndAnd);
        return true;
      }
      if (n == '^') {
        cur_++;
        finish_op(TokenKind::AndNot, TokenKind::AndNotAssign);
        return true;
      }
      finish_op(TokenKind::And, TokenKind::AndAssign);
      return true;
    case '|':
      if (n == '|') {
        cur_++;
        set_token(TokenKind::OrOr);
        return true;
      }
      finish_op(TokenKind::Or, TokenKind::OrAssign);
      return true;
    case '<':
      if (n == '=') {
        cur_++;
        set_token(TokenKind::Leq);
        return true;
      }
      if (n == '-') {
        cur_++;
        set_token(TokenKind::Arrow);
        return true;
      }
      if (n == '<') {
        cur_++;
        finish_op(TokenKind::Shl, TokenKind::ShlAssign);
        return true;
      }
      set_token(TokenKind::Lss);
      return true;
    case '>':
      if (n == '=') {
        cur_++;
        set_token(TokenKind::Geq);
        return true;
      }
      if (n == '>') {
        cur_++;
        finish_op(TokenKind::Shr, TokenKind::ShrAssign);
        return true;
      }
      set_token(TokenKind::Gtr);
      return true;
    case '=':
      if (n == '=') {
        cur_++;
        set_token(TokenKind::Eql);
        return true;
      }
      set_token(TokenKind::Assign);
      return true;
    case '!':
      if (n == '=') {
        cur_++;
        set_token(TokenKind::Neq);
        return true;
      }
      set_token(TokenKind::Not);
      return true;
    default:
      // Not a token: report and scan on, like gc (the invalid character is
      // simply skipped, so the parser never sees it).
      error_at(start_, "invalid character " + base::format_unicode(static_cast<unsigned char>(c)));
      return false;
  }
}

void Scanner::ident() {
  // Every non-ASCII rune continues an identifier; non-letters are reported
  // (gc's atIdentChar) but still consumed, so one bad character gives one error.
  bool first = true;
  for (;;) {
    auto c = static_cast<unsigned char>(*cur_);
    if (is_ascii_letter(c) || is_ascii_digit(c)) {
      cur_++;
    } else if (c >= 0x80 || (c == 0 && !at_end())) {
      if (skip_anomaly()) {
        first = false;
        continue;
      }
      base::DecodedRune r =
          base::decode_rune(std::string_view(cur_, static_cast<size_t>(end_ - cur_)));
      if (base::is_digit(r.rune)) {
        if (first) {
          error_at(cur_, "identifier cannot begin with digit " + base::format_unicode(r.rune));
        }
      } else if (!base::is_letter(r.rune)) {
        error_at(cur_, "invalid character " + base::format_unicode(r.rune) + " in identifier");
      }
      cur_ += r.width;
    } else {
      break;
    }
    first = false;
  }
  std::string_view lit(start_, static_cast<size_t>(cur_ - start_));
  if (lit.size() >= 2) {
    unsigned h = keyword_hash(lit);
    if (kKeywords.text[h] == lit) {
      TokenKind kind = kKeywords.kind[h];
      nlsemi_ = kind == TokenKind::Break || kind == TokenKind::Continue ||
                kind == TokenKind::Fallthrough || kind == TokenKind::Return;
      set_token(kind);
      return;
    }
  }
  nlsemi_ = true;
  set_token(TokenKind::Ident);
}

void Scanner::line_comment() {
  // cur_ is just past "//". Scan to the end of the line (not consuming the
  // newline: it may become a semicolon).
  const char* text = cur_;
  for (;;) {
    auto c = static_cast<unsigned char>(*cur_);
    if (c == '\n' || at_end()) break;
    if (c == 0 || c >= 0x80) {
      if (!skip_anomaly()) advance_char();
      continue;
    }
    cur_++;
  }
  std::string_view body(text, static_cast<size_t>(cur_ - text));
  if (!body.empty() && body.back() == '\r') body.remove_suffix(1);
  if (!(body.starts_with("go:") || body.starts_with("gocxx:") || body.starts_with("export "))) {
    return;
  }
  // Only a directive on a line of its own counts (gc: "misplaced compiler
  // directive" otherwise); look back over blanks to the previous newline.
  const char* p = start_;
  while (p > begin_ && (p[-1] == ' ' || p[-1] == '\t')) p--;
  if (p == begin_ || p[-1] == '\n') directives_.push_back(Directive{pos_of(start_), body});
}

bool Scanner::full_comment() {
  // cur_ is just past "/*".
  bool newline = false;
  for (;;) {
    auto c = static_cast<unsigned char>(*cur_);
    if (at_end()) {
      error_at(start_, "comment not terminated");
      return newline;
    }
    if (c == '*' && cur_[1] == '/') {
      cur_ += 2;
      return newline;
    }
    if (c == '\n') newline = true;
    if (c == 0 || c >= 0x80) {
      if (!skip_anomaly()) advance_char();
      continue;
    }
    cur_++;
  }
}

}  // namespace gocxx::scan
