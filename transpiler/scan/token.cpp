// This file implements the token property tables, all expanded from
// tokens.def so no table can fall out of step with the enum.

#include "scan/token.h"

namespace gocxx::scan {
namespace {

constexpr std::string_view kSpellings[] = {
#define GOCXX_TOKEN(Name, Spelling) Spelling,
#include "scan/tokens.def"
};

constexpr std::string_view kNames[] = {
#define GOCXX_TOKEN(Name, Spelling) #Name,
#include "scan/tokens.def"
};

}  // namespace

std::string_view spelling(TokenKind kind) { return kSpellings[static_cast<int>(kind)]; }
std::string_view kind_name(TokenKind kind) { return kNames[static_cast<int>(kind)]; }

int precedence(TokenKind kind) {
  switch (kind) {
#define GOCXX_BINARY_OP(Name, Spelling, Prec) \
  case TokenKind::Name:                       \
    return Prec;
#define GOCXX_TOKEN(Name, Spelling) \
  case TokenKind::Name:             \
    return 0;
#include "scan/tokens.def"
  }
  return 0;
}

bool is_literal(TokenKind kind) {
  switch (kind) {
#define GOCXX_LITERAL_TOKEN(Name, Spelling) \
  case TokenKind::Name:                     \
    return true;
#define GOCXX_TOKEN(Name, Spelling) \
  case TokenKind::Name:             \
    return false;
#include "scan/tokens.def"
  }
  return false;
}

bool is_keyword(TokenKind kind) {
  switch (kind) {
#define GOCXX_KEYWORD(Name, Spelling) \
  case TokenKind::Name:               \
    return true;
#define GOCXX_TOKEN(Name, Spelling) \
  case TokenKind::Name:             \
    return false;
#include "scan/tokens.def"
  }
  return false;
}

bool is_assign_op(TokenKind kind) { return binary_op_of(kind) != kind; }

TokenKind binary_op_of(TokenKind kind) {
  switch (kind) {
#define GOCXX_ASSIGN_OP(Name, Spelling, BinaryName) \
  case TokenKind::Name:                             \
    return TokenKind::BinaryName;
#define GOCXX_TOKEN(Name, Spelling) \
  case TokenKind::Name:             \
    return kind;
#include "scan/tokens.def"
  }
  return kind;
}

}  // namespace gocxx::scan
