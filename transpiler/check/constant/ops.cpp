// This file implements the spellings of the constant operators (ops.def).

#include "check/constant/ops.h"

namespace gocxx::constant {

std::string_view spelling(UnaryOp op) {
  switch (op) {
#define GOCXX_UNARY_OP(Name, Spelling) \
  case UnaryOp::Name:                  \
    return Spelling;
#include "check/constant/ops.def"
  }
  return "?";
}

std::string_view spelling(BinaryOp op) {
  switch (op) {
#define GOCXX_BINARY_OP(Name, Spelling) \
  case BinaryOp::Name:                  \
    return Spelling;
#include "check/constant/ops.def"
  }
  return "?";
}

std::string_view spelling(ShiftOp op) {
  switch (op) {
#define GOCXX_SHIFT_OP(Name, Spelling) \
  case ShiftOp::Name:                  \
    return Spelling;
#include "check/constant/ops.def"
  }
  return "?";
}

std::string_view spelling(CompareOp op) {
  switch (op) {
#define GOCXX_COMPARE_OP(Name, Spelling) \
  case CompareOp::Name:                  \
    return Spelling;
#include "check/constant/ops.def"
  }
  return "?";
}

}  // namespace gocxx::constant
