// This file implements TokenKind (expanded from tokens.def), token
// properties, TokenSet (for the parser's follow sets) and Token.

#ifndef GOCXX_SCAN_TOKEN_H_
#define GOCXX_SCAN_TOKEN_H_

#include <cstdint>
#include <initializer_list>
#include <string_view>

#include "base/pos.h"

namespace gocxx::scan {

enum class TokenKind : uint8_t {
#define GOCXX_TOKEN(Name, Spelling) Name,
#include "scan/tokens.def"
};

inline constexpr int kTokenKindCount = 0
#define GOCXX_TOKEN(Name, Spelling) +1
#include "scan/tokens.def"
    ;

// The spelling of a token as gc prints it: "+=", "func", "name", "EOF".
std::string_view spelling(TokenKind kind);
// The enumerator name, for dumps and tests: "AddAssign".
std::string_view kind_name(TokenKind kind);

// Binary operator precedence 1 (||) .. 5 (*, /, ...); 0 for other tokens.
int precedence(TokenKind kind);
bool is_literal(TokenKind kind);
bool is_keyword(TokenKind kind);
bool is_assign_op(TokenKind kind);  // += -= ... (not = or :=)
// For op= tokens, the binary operator (AddAssign -> Add); else the kind itself.
TokenKind binary_op_of(TokenKind assign_op);

// TokenSet is a bit set of token kinds (there are fewer than 128).
class TokenSet {
 public:
  constexpr TokenSet() = default;
  constexpr TokenSet(std::initializer_list<TokenKind> kinds) {
    for (TokenKind k : kinds) *this = with(k);
  }
  constexpr TokenSet with(TokenKind k) const {
    TokenSet s = *this;
    auto i = static_cast<unsigned>(k);
    s.bits_[i / 64] |= uint64_t{1} << (i % 64);
    return s;
  }
  constexpr TokenSet operator|(TokenSet other) const {
    TokenSet s = *this;
    s.bits_[0] |= other.bits_[0];
    s.bits_[1] |= other.bits_[1];
    return s;
  }
  constexpr bool contains(TokenKind k) const {
    auto i = static_cast<unsigned>(k);
    return (bits_[i / 64] >> (i % 64)) & 1;
  }
  constexpr bool empty() const { return bits_[0] == 0 && bits_[1] == 0; }

 private:
  uint64_t bits_[2] = {0, 0};
};
static_assert(kTokenKindCount <= 128);

// Token is the scanner's current token.
struct Token {
  TokenKind kind = TokenKind::EndOfFile;
  base::Pos pos;
  // Identifiers and literals: their source text (a view into the source
  // buffer, never copied). Semicolon: "semicolon" if written, "newline" or
  // "EOF" if inserted automatically (gc's wording in messages). Others: the
  // source text of the token.
  std::string_view text;
  // Literals only: a lexical error was reported; the text may be malformed.
  bool bad = false;
};

}  // namespace gocxx::scan

#endif  // GOCXX_SCAN_TOKEN_H_
