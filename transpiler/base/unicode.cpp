// This file implements UTF-8 decoding, the Unicode class tables and Go-style
// quoting of runes and strings.

#include "base/unicode.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>

namespace gocxx::base {
namespace {

struct CodeRange {
  char32_t lo, hi;
};

#include "base/unicode_tables.inc"

template <size_t N>
bool in_table(const CodeRange (&table)[N], char32_t r) {
  auto it = std::upper_bound(std::begin(table), std::end(table), r,
                             [](char32_t x, const CodeRange& cr) { return x < cr.lo; });
  return it != std::begin(table) && r <= std::prev(it)->hi;
}

void append_hex(std::string& out, uint32_t value, int digits) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*x", digits, value);
  out += buf;
}

// Appends r as it would appear inside a Go quoted literal delimited by quote.
void append_quoted_rune(std::string& out, char32_t r, char quote) {
  if (r == static_cast<char32_t>(quote) || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (is_print(r)) {
    append_utf8(out, r);
    return;
  }
  switch (r) {
    case '\a':
      out += "\\a";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    case '\v':
      out += "\\v";
      return;
    default:
      break;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    append_hex(out, r, 2);
  } else if (r > kMaxRune || (r >= 0xD800 && r < 0xE000)) {
    out += "\\ufffd";
  } else if (r < 0x10000) {
    out += "\\u";
    append_hex(out, r, 4);
  } else {
    out += "\\U";
    append_hex(out, r, 8);
  }
}

}  // namespace

DecodedRune decode_rune(std::string_view s) {
  if (s.empty()) return {kRuneError, 0};
  auto b0 = static_cast<unsigned char>(s[0]);
  if (b0 < 0x80) return {b0, 1};
  // Lead byte determines the length and the valid range of the second byte
  // (this is how utf8.DecodeRune rejects overlong forms and surrogates).
  uint32_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  char32_t r;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2, r = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3, r = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4, r = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {kRuneError, 1};
  }
  if (s.size() < n) return {kRuneError, 1};
  for (uint32_t i = 1; i < n; i++) {
    auto b = static_cast<unsigned char>(s[i]);
    if (i == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return {kRuneError, 1};
    r = (r << 6) | (b & 0x3F);
  }
  return {r, n};
}

void append_utf8(std::string& out, char32_t r) {
  if (r > kMaxRune || (r >= 0xD800 && r < 0xE000)) r = kRuneError;
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

bool is_letter(char32_t r) {
  if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
  return in_table(kLetterRanges, r);
}

bool is_digit(char32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return in_table(kDigitRanges, r);
}

bool is_print(char32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return in_table(kPrintRanges, r);
}

std::string format_unicode(char32_t r) {
  std::string out = "U+";
  append_hex(out, r, 4);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (is_print(r)) {
    out += " '";
    append_utf8(out, r);
    out += '\'';
  }
  return out;
}

std::string quote_rune(char32_t r) {
  std::string out = "'";
  append_quoted_rune(out, r, '\'');
  out += '\'';
  return out;
}

std::string quote_string(std::string_view s) {
  std::string out = "\"";
  while (!s.empty()) {
    DecodedRune d = decode_rune(s);
    if (d.rune == kRuneError && d.width == 1) {
      out += "\\x";
      append_hex(out, static_cast<unsigned char>(s[0]), 2);
    } else {
      append_quoted_rune(out, d.rune, '"');
    }
    s.remove_prefix(d.width);
  }
  out += '"';
  return out;
}

}  // namespace gocxx::base
