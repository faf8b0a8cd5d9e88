// This file implements constant emission: every constant expression is
// folded by the checker and written as a C++ literal of its Go type.
//   const big = 1 << 62      ->  4611686018427387904LL
//   "a\x00b"                 ->  gocxx::String("a\000b", 3)
//   float32(0.1)             ->  0.1f
//   uint8(200)               ->  uint8_t(200)

#include <charconv>
#include <cmath>

#include "lower/emitter.h"

namespace gocxx::lower {

namespace {

std::string float_literal(double d, bool f32) {
  if (std::isinf(d)) return d > 0 ? "gocxx::inf()" : "(-gocxx::inf())";
  char buf[64];
  auto res = f32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(d))
                 : std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, res.ptr);
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  if (f32) s += "f";
  return s;
}

}  // namespace

std::string cxx_string_literal(std::string_view bytes) {
  std::string out = "gocxx::String(\"";
  bool has_nul = false;
  for (unsigned char c : bytes) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '?':
        out += "\\?";
        break;
      default:
        if (c < 0x20 || c >= 0x7f) {
          if (c == 0) has_nul = true;
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += "\"";
  if (has_nul) out += ", " + std::to_string(bytes.size());
  return out + ")";
}

std::string Emitter::constant(const constant::Value& v, Type* t) {
  Type* u = under(t);
  auto* b = dyn_cast<Basic>(u);
  if (b == nullptr) {
    // A constant converted to an interface type keeps its default type.
    return constant(
        v, nullptr == b
               ? (v.kind() == constant::Kind::String    ? prog_.types.basic(BasicKind::String)
                  : v.kind() == constant::Kind::Bool    ? prog_.types.basic(BasicKind::Bool)
                  : v.kind() == constant::Kind::Float   ? prog_.types.basic(BasicKind::Float64)
                  : v.kind() == constant::Kind::Complex ? prog_.types.basic(BasicKind::Complex128)
                                                        : prog_.types.basic(BasicKind::Int))
               : t);
  }
  switch (b->basic_kind) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return constant::bool_val(v) ? "true" : "false";
    case BasicKind::String:
    case BasicKind::UntypedString:
      return cxx_string_literal(constant::string_val(v));
    case BasicKind::Float32:
      return float_literal(constant::float32_val(constant::to_float(v)).value, true);
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
      return float_literal(constant::float64_val(constant::to_float(v)).value, false);
    case BasicKind::Complex64:
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex: {
      bool f32 = b->basic_kind == BasicKind::Complex64;
      constant::Value c = constant::to_complex(v);
      double re = constant::float64_val(constant::real(c)).value;
      double im = constant::float64_val(constant::imag(c)).value;
      return std::string(f32 ? "gocxx::Complex64{" : "gocxx::Complex128{") +
             float_literal(re, f32) + ", " + float_literal(im, f32) + "}";
    }
    default:
      break;
  }
  // Integers (and runes).
  constant::Value iv = constant::to_int(v);
  if (is_unsigned(u)) {
    uint64_t x = constant::uint64_val(iv).value;
    switch (b->basic_kind) {
      case BasicKind::Uint8:
        return "uint8_t(" + std::to_string(x) + ")";
      case BasicKind::Uint16:
        return "uint16_t(" + std::to_string(x) + ")";
      case BasicKind::Uint32:
        return std::to_string(x) + "u";
      default:
        return "UINT64_C(" + std::to_string(x) + ")";
    }
  }
  int64_t x = constant::int64_val(iv).value;
  std::string digits = x == INT64_MIN ? "INT64_MIN" : std::to_string(x);
  switch (b->basic_kind) {
    case BasicKind::Int8:
      return "int8_t(" + digits + ")";
    case BasicKind::Int16:
      return "int16_t(" + digits + ")";
    case BasicKind::Int32:
    case BasicKind::UntypedRune:
      return "int32_t(" + digits + ")";
    default:
      if (x == INT64_MIN) return digits;
      if (x >= INT32_MIN && x <= INT32_MAX) return x < 0 ? "(" + digits + ")" : digits;
      return x < 0 ? "(" + digits + "LL)" : digits + "LL";
  }
}

}  // namespace gocxx::lower
