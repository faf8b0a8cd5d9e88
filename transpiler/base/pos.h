// This file implements Pos, the compact source position shared by every phase.
//
// Like go/token.Pos, a Pos is a 32-bit offset into one address space that holds
// every source file of a compilation end to end (see SourceManager). Zero means
// "no position". Line and column are never stored: SourceManager computes them
// only when a diagnostic or dump is printed.

#ifndef GOCXX_BASE_POS_H_
#define GOCXX_BASE_POS_H_

#include <compare>
#include <cstdint>

namespace gocxx::base {

class Pos {
 public:
  constexpr Pos() = default;
  constexpr explicit Pos(uint32_t raw) : raw_(raw) {}

  // The position `n` bytes further on in the same file.
  constexpr Pos operator+(uint32_t n) const { return Pos(raw_ + n); }

  constexpr bool is_valid() const { return raw_ != 0; }
  constexpr uint32_t raw() const { return raw_; }

  constexpr auto operator<=>(const Pos&) const = default;

 private:
  uint32_t raw_ = 0;
};

// Location is a decoded Pos: 1-based line and byte column, as gc prints them.
struct Location {
  const class SourceFile* file = nullptr;  // null for an invalid Pos
  uint32_t line = 0;
  uint32_t column = 0;
};

}  // namespace gocxx::base

#endif  // GOCXX_BASE_POS_H_
