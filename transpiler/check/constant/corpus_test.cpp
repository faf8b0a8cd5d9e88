// This file implements the differential test against go1.19: random
// programs over constants (testdata/go119_programs.txt) must print exactly
// as go/constant printed them, including 512-bit floats to the last bit.

#include <gtest/gtest.h>

#include <bit>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "check/constant/format.h"
#include "check/constant/ops.h"
#include "check/constant/test_util.h"

namespace gocxx::constant {
namespace {

using testing::V;

bool ApplyBinary(const std::string& name, std::vector<Value>& stack) {
  static const std::pair<const char*, BinaryOp> kOps[] = {
      {"Add", BinaryOp::Add},      {"Sub", BinaryOp::Sub},       {"Mul", BinaryOp::Mul},
      {"Quo", BinaryOp::Quo},      {"IntQuo", BinaryOp::IntQuo}, {"Rem", BinaryOp::Rem},
      {"And", BinaryOp::And},      {"Or", BinaryOp::Or},         {"Xor", BinaryOp::Xor},
      {"AndNot", BinaryOp::AndNot}};
  for (const auto& [spelled, op] : kOps) {
    if (name != spelled) continue;
    Value y = stack.back();
    stack.pop_back();
    stack.back() = binary_op(stack.back(), op, y);
    return true;
  }
  return false;
}

// Runs one program in reverse Polish notation (see the corpus header).
Value RunProgram(const std::string& program) {
  std::vector<Value> stack;
  std::istringstream in(program);
  std::string tok;
  while (in >> tok) {
    if (tok.find(':') != std::string::npos) {
      stack.push_back(V(tok));
    } else if (tok == "Neg") {
      stack.back() = unary_op(UnaryOp::Minus, stack.back());
    } else if (tok == "ToInt") {
      stack.back() = to_int(stack.back());
    } else if (tok.starts_with("Shl")) {
      stack.back() = shift(stack.back(), ShiftOp::Shl, std::stoul(tok.substr(3)));
    } else if (tok.starts_with("Shr")) {
      stack.back() = shift(stack.back(), ShiftOp::Shr, std::stoul(tok.substr(3)));
    } else if (tok.starts_with("Com")) {
      stack.back() =
          unary_op(UnaryOp::Xor, stack.back(), static_cast<unsigned>(std::stoul(tok.substr(3))));
    } else {
      EXPECT_TRUE(ApplyBinary(tok, stack)) << "unknown operation " << tok;
    }
  }
  return stack.back();
}

TEST(Corpus, MatchesGo) {
  std::ifstream in(GOCXX_CONSTANT_TESTDATA "/go119_programs.txt");
  ASSERT_TRUE(in) << "missing " GOCXX_CONSTANT_TESTDATA "/go119_programs.txt";
  std::string line;
  int programs = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> field;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) field.push_back(f);
    ASSERT_EQ(field.size(), 4u) << line;
    SCOPED_TRACE(field[0]);
    Value v = RunProgram(field[0]);
    EXPECT_EQ(to_string(v), field[1]);
    EXPECT_EQ(to_exact_string(v).substr(0, 150), field[2]);
    double f64 = 0;
    float f32 = 0;
    if (v.kind() == Kind::Int || v.kind() == Kind::Float) {
      f64 = float64_val(v).value;
      f32 = float32_val(v).value;
    }
    char bits[64];
    std::snprintf(bits, sizeof bits, "%llx %x",
                  static_cast<unsigned long long>(std::bit_cast<uint64_t>(f64)),
                  std::bit_cast<uint32_t>(f32));
    EXPECT_EQ(bits, field[3]);
    ++programs;
  }
  EXPECT_GT(programs, 300);
}

}  // namespace
}  // namespace gocxx::constant
