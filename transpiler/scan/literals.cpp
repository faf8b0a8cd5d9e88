// This file implements the scanning of literals: numbers in every base with
// '_' separators, runes, interpreted and raw strings, and escapes. Each check
// and message follows gc's scanner.go; values are not converted here.

#include <string>

#include "base/unicode.h"
#include "scan/scanner.h"

namespace gocxx::scan {
namespace {

inline int lower(int c) { return ('a' - 'A') | c; }  // lower-case iff ASCII letter
inline bool is_decimal(int c) { return c >= '0' && c <= '9'; }
inline bool is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

const char* base_name(int base) {
  switch (base) {
    case 2:
      return "binary";
    case 8:
      return "octal";
    case 10:
      return "decimal";
    default:
      return "hexadecimal";
  }
}

}  // namespace

void Scanner::set_lit(TokenKind kind, bool ok) {
  nlsemi_ = true;
  tok_.kind = kind;
  tok_.bad = !ok;
}

// digits accepts { digit | '_' }. For base <= 10 it accepts every decimal
// digit but records in *invalid the offset of the first digit >= base, so
// "08" is one token with a precise error. Returns bit 0: saw a digit, bit 1:
// saw a '_'.
int Scanner::digits(int base, int* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int max = '0' + base;
    while (is_decimal(*cur_) || *cur_ == '_') {
      int ds = 1;
      if (*cur_ == '_') {
        ds = 2;
      } else if (*cur_ >= max && invalid != nullptr && *invalid < 0) {
        *invalid = static_cast<int>(cur_ - start_);
      }
      digsep |= ds;
      cur_++;
    }
  } else {
    while (is_hex(*cur_) || *cur_ == '_') {
      digsep |= *cur_ == '_' ? 2 : 1;
      cur_++;
    }
  }
  return digsep;
}

// number scans an int, float or imaginary literal; seen_point is set if the
// literal started with "." (cur_ is then just past it).
void Scanner::number(bool seen_point) {
  bool ok = true;
  TokenKind kind = TokenKind::IntLit;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  int invalid = -1;

  if (!seen_point) {
    if (*cur_ == '0') {
      cur_++;
      switch (lower(*cur_)) {
        case 'x':
          cur_++;
          base = 16;
          prefix = 'x';
          break;
        case 'o':
          cur_++;
          base = 8;
          prefix = 'o';
          break;
        case 'b':
          cur_++;
          base = 2;
          prefix = 'b';
          break;
        default:
          base = 8;
          prefix = '0';
          digsep = 1;
          break;  // leading 0 is a digit
      }
    }
    digsep |= digits(base, &invalid);
    if (*cur_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error_at(cur_, std::string("invalid radix point in ") + base_name(base) + " literal");
        ok = false;
      }
      cur_++;
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = TokenKind::FloatLit;
    digsep |= digits(base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    error_at(cur_, std::string(base_name(base)) + " literal has no digits");
    ok = false;
  }

  // exponent
  int e = lower(*cur_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error_at(cur_, base::quote_rune(static_cast<char32_t>(*cur_)) +
                           " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error_at(cur_, base::quote_rune(static_cast<char32_t>(*cur_)) +
                           " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    cur_++;
    kind = TokenKind::FloatLit;
    if (*cur_ == '+' || *cur_ == '-') cur_++;
    digsep = digits(10, nullptr) | (digsep & 2);  // keep the separator bit
    if ((digsep & 1) == 0 && ok) {
      error_at(cur_, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == TokenKind::FloatLit && ok) {
    error_at(cur_, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (*cur_ == 'i') {
    kind = TokenKind::ImagLit;
    cur_++;
  }
  set_lit(kind, ok && check_digits(kind, base, invalid, digsep));
}

// check_digits reports, once the whole literal is known, a digit invalid
// for its base (at the digit) or a misplaced '_'. Returns false on error.
bool Scanner::check_digits(TokenKind kind, int base, int invalid, int digsep) {
  std::string_view lit(start_, static_cast<size_t>(cur_ - start_));
  if (kind == TokenKind::IntLit && invalid >= 0) {
    error_at(start_ + invalid, "invalid digit " +
                                   base::quote_rune(static_cast<char32_t>(lit[invalid])) + " in " +
                                   base_name(base) + " literal");
    return false;
  }
  if ((digsep & 2) != 0) {
    int i = invalid_separator(lit);
    if (i >= 0) {
      error_at(start_ + i, "'_' must separate successive digits");
      return false;
    }
  }
  return true;
}

int invalid_separator(std::string_view x) {
  int x1 = ' ';  // prefix char; only 'x' matters
  int d = '.';   // previous digit class: '_', '0' (a digit) or '.' (other)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';  // a prefix counts as a digit
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

void Scanner::rune_lit() {
  bool ok = true;
  cur_++;  // opening '
  for (int n = 0;; n++) {
    char c = *cur_;
    if (c == '\'') {
      if (ok) {
        if (n == 0) {
          error_at(cur_, "empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          error_at(start_, "more than one character in rune literal");
          ok = false;
        }
      }
      cur_++;
      break;
    }
    if (c == '\\') {
      cur_++;
      if (!escape('\'')) ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok) {
        error_at(cur_, "newline in rune literal");
        ok = false;
      }
      break;
    }
    if (at_end()) {
      if (ok) {
        error_at(start_, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    advance_char();
  }
  set_lit(TokenKind::RuneLit, ok);
}

void Scanner::std_string() {
  bool ok = true;
  cur_++;  // opening "
  for (;;) {
    char c = *cur_;
    if (c == '"') {
      cur_++;
      break;
    }
    if (c == '\\') {
      cur_++;
      if (!escape('"')) ok = false;
      continue;
    }
    if (c == '\n') {
      error_at(cur_, "newline in string");
      ok = false;
      break;
    }
    if (at_end()) {
      error_at(start_, "string not terminated");
      ok = false;
      break;
    }
    advance_char();
  }
  set_lit(TokenKind::StringLit, ok);
}

void Scanner::raw_string() {
  bool ok = true;
  cur_++;  // opening `
  for (;;) {
    if (*cur_ == '`') {
      cur_++;
      break;
    }
    if (at_end()) {
      error_at(start_, "string not terminated");
      ok = false;
      break;
    }
    // CRs stay in the token text; the checker drops them from the value.
    advance_char();
  }
  set_lit(TokenKind::StringLit, ok);
}

// escape checks one escape sequence; cur_ is just past the backslash.
// Returns false (after reporting) for an invalid escape. At EOF it returns
// true: the caller reports the unterminated literal instead.
bool Scanner::escape(char quote) {
  int n;
  uint32_t base, max;
  char c = *cur_;
  if (c == quote) {
    cur_++;
    return true;
  }
  switch (c) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
      cur_++;
      return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      cur_++;
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      cur_++;
      n = 4, base = 16, max = base::kMaxRune;
      break;
    case 'U':
      cur_++;
      n = 8, base = 16, max = base::kMaxRune;
      break;
    default:
      if (at_end()) return true;
      error_at(cur_, "unknown escape");
      return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (at_end()) return true;
    int ch = static_cast<unsigned char>(*cur_);
    uint32_t d = base;
    if (is_decimal(ch)) {
      d = static_cast<uint32_t>(ch - '0');
    } else if (lower(ch) >= 'a' && lower(ch) <= 'f') {
      d = static_cast<uint32_t>(lower(ch) - 'a' + 10);
    }
    if (d >= base) {
      char32_t r = base::decode_rune(std::string_view(cur_, static_cast<size_t>(end_ - cur_))).rune;
      error_at(cur_, "invalid character " + base::quote_rune(r) + " in " +
                         base_name(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    cur_++;
  }
  if (x > max && base == 8) {
    error_at(cur_, "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    error_at(cur_, "escape is invalid Unicode code point " + base::format_unicode(x));
    return false;
  }
  return true;
}

}  // namespace gocxx::scan
