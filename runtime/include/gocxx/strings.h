// This file implements Go's string operations beyond what String itself has (value.h):
// concatenation, conversions to and from []byte / []rune / rune, and UTF-8 decoding for
// `range` loops (Go: runtime/string.go, runtime/utf8.go, unicode/utf8).
//
// Go:                          C++:
//   a + b, a + b + c             gocxx::concat(a, b), gocxx::concat({a, b, c})   // one allocation
//   a < b, a == b                a < b, a == b
//   string(bs), []byte(s)        gocxx::string_from_bytes(bs), gocxx::bytes_from_string(s)
//   string(rs), []rune(s)        gocxx::string_from_runes(rs), gocxx::runes_from_string(s)
//   string(r)                    gocxx::string_from_rune(r)       // invalid -> "\uFFFD"
//   len([]rune(s))               gocxx::rune_count(s)
//   for i, r := range s { }      for (int64_t i = 0; i < s.len;) {
//                                  auto [r, w] = gocxx::decode_rune(s, i); ...; i += w; }
// Invalid UTF-8 decodes as U+FFFD with width 1, as Go's range does.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "gocxx/hash.h"
#include "gocxx/slice.h"
#include "gocxx/value.h"

namespace gocxx {

// a + b; returns an operand unchanged when the other is empty (no allocation).
String concat(String a, String b);
// a + b + ...; one allocation for the result.
String concat(std::initializer_list<String> parts);

// string(b) for b []byte: copies.
String string_from_bytes(Slice<uint8_t> b);
// []byte(s): copies; cap is roundupsize(len) as Go's rawbyteslice gives (non-nil even when empty).
Slice<uint8_t> bytes_from_string(String s);
// string(rs) for rs []rune: invalid code points become U+FFFD.
String string_from_runes(Slice<int32_t> rs);
// []rune(s): cap is roundupsize(4 * count) / 4, as Go's rawruneslice gives.
Slice<int32_t> runes_from_string(String s);
// string(r) for any integer r: out of range or surrogate -> "\uFFFD".
String string_from_rune(int64_t r);
// utf8.RuneCountInString(s) == len([]rune(s)).
int64_t rune_count(String s);

struct DecodedRune {
  int32_t rune;
  int64_t width;
};

namespace detail {
DecodedRune decode_rune_slow(const uint8_t* p, int64_t n);
// Writes the UTF-8 encoding of r (already valid or U+FFFD-replaced) to p; returns its length.
int encode_rune(char* p, int32_t r);
}  // namespace detail

// The rune starting at byte i of s (0 <= i < len(s)) and its encoded width.
inline DecodedRune decode_rune(String s, int64_t i) {
  auto* p = reinterpret_cast<const uint8_t*>(s.ptr) + i;
  if (*p < 0x80) return {*p, 1};
  return detail::decode_rune_slow(p, s.len - i);
}

}  // namespace gocxx
