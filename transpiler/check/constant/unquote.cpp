// This file implements the values of rune and string literals, following
// strconv.UnquoteChar and strconv.Unquote of Go 1.19: the escapes \a \b \f
// \n \r \t \v \\ \' \" \x.. \ooo \u.... \U........, with \x and octal
// escapes giving single bytes in strings, and invalid UTF-8 in quoted text
// read as U+FFFD.

#include "check/constant/unquote.h"

#include <cstdint>
#include <string>

#include "base/unicode.h"

namespace gocxx::constant::detail {
namespace {

// One character of quoted text and what follows it.
struct Char {
  bool ok = false;
  char32_t value = 0;
  bool multibyte = false;  // a \u, \U or UTF-8 encoded character (not a byte)
  std::string_view tail;
};

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool valid_rune(uint32_t r) { return r <= base::kMaxRune && !(r >= 0xD800 && r < 0xE000); }

// \x.., \u.... or \U........ after the letter; s starts at the digits.
Char hex_escape(char letter, std::string_view s) {
  size_t n = letter == 'x' ? 2 : letter == 'u' ? 4 : 8;
  if (s.size() < n) return {};
  uint32_t v = 0;
  for (size_t j = 0; j < n; ++j) {
    int d = hex_value(s[j]);
    if (d < 0) return {};
    v = v << 4 | static_cast<uint32_t>(d);
  }
  if (letter == 'x') return {true, v, false, s.substr(n)};  // a byte, maybe not UTF-8
  if (!valid_rune(v)) return {};
  return {true, v, true, s.substr(n)};
}

char32_t simple_escape(char c) {
  switch (c) {
    case 'a':
      return '\a';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case 'v':
      return '\v';
    case '\\':
      return '\\';
    default:
      return 0;
  }
}

// strconv.UnquoteChar: the first character of s, inside quotes `quote`.
Char unquote_char(std::string_view s, char quote) {
  if (s.empty()) return {};
  char c = s[0];
  if (c == quote) return {};
  if (static_cast<unsigned char>(c) >= 0x80) {
    base::DecodedRune d = base::decode_rune(s);
    return {true, d.rune, true, s.substr(d.width)};
  }
  if (c != '\\') return {true, static_cast<char32_t>(c), false, s.substr(1)};
  if (s.size() <= 1) return {};
  c = s[1];
  s = s.substr(2);
  if (char32_t v = simple_escape(c)) return {true, v, false, s};
  if (c == 'x' || c == 'u' || c == 'U') return hex_escape(c, s);
  if (c >= '0' && c <= '7') {
    uint32_t v = static_cast<uint32_t>(c - '0');
    if (s.size() < 2) return {};
    for (size_t j = 0; j < 2; ++j) {
      if (s[j] < '0' || s[j] > '7') return {};
      v = v << 3 | static_cast<uint32_t>(s[j] - '0');
    }
    if (v > 255) return {};
    return {true, v, false, s.substr(2)};
  }
  if (c == '\'' || c == '"') {
    if (c != quote) return {};  // \' only in runes, \" only in strings
    return {true, static_cast<char32_t>(c), false, s};
  }
  return {};
}

}  // namespace

Value rune_literal(std::string_view text) {
  if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return Value();
  Char ch = unquote_char(text.substr(1, text.size() - 2), '\'');
  if (!ch.ok || !ch.tail.empty()) return Value();
  return make_int64(static_cast<int64_t>(ch.value));
}

Value string_literal(std::string_view text) {
  if (text.size() < 2 || text.front() != text.back()) return Value();
  std::string_view body = text.substr(1, text.size() - 2);
  std::string out;
  if (text.front() == '`') {
    if (body.find('`') != std::string_view::npos) return Value();
    out.reserve(body.size());
    for (char c : body) {
      if (c != '\r') out += c;  // carriage returns are discarded (spec)
    }
    return make_string(std::move(out));
  }
  if (text.front() != '"') return Value();
  out.reserve(body.size());
  while (!body.empty()) {
    if (body[0] == '\n') return Value();  // unescaped newline
    Char ch = unquote_char(body, '"');
    if (!ch.ok) return Value();
    if (ch.value < 0x80 || !ch.multibyte) {
      out += static_cast<char>(ch.value);
    } else {
      base::append_utf8(out, ch.value);
    }
    body = ch.tail;
  }
  return make_string(std::move(out));
}

}  // namespace gocxx::constant::detail
