// This file implements the Unicode and UTF-8 helpers the frontend needs:
// decoding as Go's unicode/utf8 does, the identifier classes of the Go spec
// (letter, decimal digit), and gc's ways of quoting characters in messages
// (fmt's %q and %#U).

#ifndef GOCXX_BASE_UNICODE_H_
#define GOCXX_BASE_UNICODE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace gocxx::base {

inline constexpr char32_t kRuneError = 0xFFFD;
inline constexpr char32_t kMaxRune = 0x10FFFF;

struct DecodedRune {
  char32_t rune;   // kRuneError for an invalid encoding
  uint32_t width;  // bytes consumed: 1 for an invalid encoding, 0 at end of input
};

// Decodes the first rune of `s` exactly like Go's utf8.DecodeRune: overlong
// forms, surrogates and values above U+10FFFF are errors of width 1.
DecodedRune decode_rune(std::string_view s);
// Appends the UTF-8 encoding of r (kRuneError for surrogates / out of range).
void append_utf8(std::string& out, char32_t r);

// unicode.IsLetter, unicode.IsDigit and strconv.IsPrint from Go 1.19.
bool is_letter(char32_t r);
bool is_digit(char32_t r);
bool is_print(char32_t r);

// fmt's %#U: "U+0024 '$'", or just "U+00A0" when the rune is not printable.
std::string format_unicode(char32_t r);
// fmt's %q of a rune (strconv.QuoteRune): 'x', '\n', '\x00', '\u00a0'.
std::string quote_rune(char32_t r);
// fmt's %q of a string (strconv.Quote), used when messages quote values.
std::string quote_string(std::string_view s);

}  // namespace gocxx::base

#endif  // GOCXX_BASE_UNICODE_H_
