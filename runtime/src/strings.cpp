// This file implements string concatenation, the string <-> []byte / []rune / rune
// conversions and UTF-8 decoding (see strings.h). UTF-8 validity follows the Unicode table
// that Go's unicode/utf8 encodes: the second byte's allowed range depends on the first byte, so
// overlong forms, surrogates and code points above U+10FFFF are rejected byte by byte.
#include "gocxx/strings.h"

#include <cstring>

namespace gocxx {

namespace {

constexpr int32_t kRuneError = 0xFFFD;

char* alloc_bytes(int64_t n) { return static_cast<char*>(gc_alloc_atomic(size_t(n))); }

bool valid_rune(int64_t r) { return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF); }

int rune_len(int32_t r) {
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r < 0x10000) return 3;
  return 4;
}

}  // namespace

namespace detail {

DecodedRune decode_rune_slow(const uint8_t* p, int64_t n) {
  uint8_t b0 = p[0];
  // The range the second byte must fall in, by first byte.
  uint8_t lo = 0x80, hi = 0xBF;
  int size;
  int32_t r;
  if (b0 < 0xC2) {
    return {kRuneError, 1};  // continuation byte or overlong two-byte lead
  } else if (b0 < 0xE0) {
    size = 2;
    r = b0 & 0x1F;
  } else if (b0 < 0xF0) {
    size = 3;
    r = b0 & 0x0F;
    if (b0 == 0xE0)
      lo = 0xA0;  // overlong
    else if (b0 == 0xED)
      hi = 0x9F;  // surrogates
  } else if (b0 < 0xF5) {
    size = 4;
    r = b0 & 0x07;
    if (b0 == 0xF0)
      lo = 0x90;  // overlong
    else if (b0 == 0xF4)
      hi = 0x8F;  // above U+10FFFF
  } else {
    return {kRuneError, 1};
  }
  if (n < size) return {kRuneError, 1};  // cut off by the end of the string
  uint8_t b1 = p[1];
  if (b1 < lo || b1 > hi) return {kRuneError, 1};
  r = (r << 6) | (b1 & 0x3F);
  for (int k = 2; k < size; k++) {
    uint8_t b = p[k];
    if (b < 0x80 || b > 0xBF) return {kRuneError, 1};
    r = (r << 6) | (b & 0x3F);
  }
  return {r, size};
}

int encode_rune(char* p, int32_t r) {
  auto* q = reinterpret_cast<unsigned char*>(p);
  if (r < 0x80) {
    q[0] = static_cast<unsigned char>(r);
    return 1;
  }
  if (r < 0x800) {
    q[0] = static_cast<unsigned char>(0xC0 | (r >> 6));
    q[1] = static_cast<unsigned char>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    q[0] = static_cast<unsigned char>(0xE0 | (r >> 12));
    q[1] = static_cast<unsigned char>(0x80 | ((r >> 6) & 0x3F));
    q[2] = static_cast<unsigned char>(0x80 | (r & 0x3F));
    return 3;
  }
  q[0] = static_cast<unsigned char>(0xF0 | (r >> 18));
  q[1] = static_cast<unsigned char>(0x80 | ((r >> 12) & 0x3F));
  q[2] = static_cast<unsigned char>(0x80 | ((r >> 6) & 0x3F));
  q[3] = static_cast<unsigned char>(0x80 | (r & 0x3F));
  return 4;
}

}  // namespace detail

String concat(String a, String b) {
  if (a.len == 0) return b;
  if (b.len == 0) return a;
  char* p = alloc_bytes(a.len + b.len);
  std::memcpy(p, a.ptr, size_t(a.len));
  std::memcpy(p + a.len, b.ptr, size_t(b.len));
  return {p, a.len + b.len};
}

String concat(std::initializer_list<String> parts) {
  int64_t n = 0, nonempty = 0;
  String only;
  for (String s : parts) {
    if (s.len == 0) continue;
    n += s.len;
    nonempty++;
    only = s;
  }
  if (nonempty <= 1) return only;  // Go returns the lone non-empty operand itself
  char* p = alloc_bytes(n);
  char* q = p;
  for (String s : parts) {
    if (s.len == 0) continue;
    std::memcpy(q, s.ptr, size_t(s.len));
    q += s.len;
  }
  return {p, n};
}

String string_from_bytes(Slice<uint8_t> b) {
  if (b.len == 0) return {};
  char* p = alloc_bytes(b.len);
  std::memcpy(p, b.ptr, size_t(b.len));
  return {p, b.len};
}

Slice<uint8_t> bytes_from_string(String s) {
  int64_t cap = int64_t(detail::roundupsize(uint64_t(s.len)));
  if (cap == 0) return {reinterpret_cast<uint8_t*>(detail::zerobase), 0, 0};
  // Only the bytes past len need zeroing: the rest is overwritten by the copy.
  auto* p = static_cast<uint8_t*>(gc_alloc_atomic_uninit(size_t(cap)));
  std::memcpy(p, s.ptr, size_t(s.len));
  std::memset(p + s.len, 0, size_t(cap - s.len));
  return {p, s.len, cap};
}

int64_t rune_count(String s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s.len; n++) i += decode_rune(s, i).width;
  return n;
}

Slice<int32_t> runes_from_string(String s) {
  int64_t n = rune_count(s);
  int64_t cap = int64_t(detail::roundupsize(uint64_t(n) * 4) / 4);
  auto* p = static_cast<int32_t*>(cap ? gc_alloc_atomic(size_t(cap) * 4)
                                      : static_cast<void*>(detail::zerobase));
  int64_t k = 0;
  for (int64_t i = 0; i < s.len; k++) {
    DecodedRune d = decode_rune(s, i);
    p[k] = d.rune;
    i += d.width;
  }
  return {p, n, cap};
}

String string_from_runes(Slice<int32_t> rs) {
  int64_t n = 0;
  for (int32_t r : rs) n += rune_len(valid_rune(r) ? r : kRuneError);
  if (n == 0) return {};
  char* p = alloc_bytes(n);
  char* q = p;
  for (int32_t r : rs) q += detail::encode_rune(q, valid_rune(r) ? r : kRuneError);
  return {p, n};
}

String string_from_rune(int64_t r) {
  // One-byte results share static storage, as Go's do: string(r) in a loop allocates nothing.
  static constexpr auto kAscii = [] {
    struct Table {
      char c[128];
    } t{};
    for (int i = 0; i < 128; i++) t.c[i] = char(i);
    return t;
  }();
  if (r >= 0 && r < 0x80) return {kAscii.c + r, 1};
  int32_t v = valid_rune(r) ? int32_t(r) : kRuneError;
  char buf[4];
  int n = detail::encode_rune(buf, v);
  return String::copy_of(std::string_view(buf, size_t(n)));
}

}  // namespace gocxx
