// This file implements shifts and comparisons of constants (go/constant's
// Shift and Compare).

#include <compare>

#include "check/constant/ops.h"
#include "check/constant/rep.h"

namespace gocxx::constant {
namespace {

using Form = Value::Form;

bool holds(std::strong_ordering c, CompareOp op) {
  switch (op) {
    case CompareOp::Eql:
      return c == 0;
    case CompareOp::Neq:
      return c != 0;
    case CompareOp::Lss:
      return c < 0;
    case CompareOp::Leq:
      return c <= 0;
    case CompareOp::Gtr:
      return c > 0;
    case CompareOp::Geq:
      return c >= 0;
  }
  return false;
}

std::strong_ordering order_of(int cmp) { return cmp <=> 0; }

bool is_equality(CompareOp op) { return op == CompareOp::Eql || op == CompareOp::Neq; }

Value shift_int(const Value& x, ShiftOp op, uint64_t s, Status* st) {
  if (s == 0) return x;
  switch (op) {
    case ShiftOp::Shl: {
      if (sign(x) == 0) return x;
      // Refuse before allocating a result beyond kMaxIntBits.
      if (s > static_cast<uint64_t>(kMaxIntBits) ||
          bit_len(x) + static_cast<int64_t>(s) > kMaxIntBits) {
        *st = Status::Overflow;
        return Value();
      }
      mpz_class z = detail::as_mpz(x);
      mpz_mul_2exp(z.get_mpz_t(), z.get_mpz_t(), s);
      return detail::int_value(z);
    }
    case ShiftOp::Shr: {
      if (x.form() == Form::SmallInt) {
        int64_t v = detail::small_int(x);
        return make_int64(s >= 63 ? (v < 0 ? -1 : 0) : v >> s);  // >> is arithmetic in C++20
      }
      mpz_class z;
      mpz_fdiv_q_2exp(z.get_mpz_t(), detail::big_int(x).get_mpz_t(), s);  // floor, like big.Int.Rsh
      return detail::int_value(z);
    }
  }
  return Value();
}

}  // namespace

Value shift(const Value& x, ShiftOp op, uint64_t s, Status* status) {
  Status st = Status::Ok;
  Value r;
  if (x.kind() == Kind::Int) {
    r = shift_int(x, op, s, &st);
  } else if (x.kind() != Kind::Unknown) {
    st = Status::Invalid;
  }
  if (status) *status = st;
  return r;
}

bool compare(const Value& x, CompareOp op, const Value& y, Status* status) {
  if (status) *status = Status::Ok;
  if (x.kind() == Kind::Unknown || y.kind() == Kind::Unknown) return false;
  auto [a, b] = match(x, y);
  if (a.kind() == b.kind()) {
    switch (a.form()) {
      case Form::Bool:
        if (is_equality(op)) return holds(bool_val(a) <=> bool_val(b), op);
        break;
      case Form::String:
        // Bytewise, as Go compares strings (char_traits<char> compares unsigned).
        return holds(order_of(string_val(a).compare(string_val(b))), op);
      case Form::SmallInt:
      case Form::BigInt:
        if (a.form() == Form::SmallInt && b.form() == Form::SmallInt) {
          return holds(detail::small_int(a) <=> detail::small_int(b), op);
        }
        return holds(order_of(cmp(detail::as_mpz(a), detail::as_mpz(b))), op);
      case Form::Rat:
        return holds(order_of(cmp(detail::rat(a), detail::rat(b))), op);
      case Form::BigFloat:
        return holds(order_of(cmp(detail::big_float(a), detail::big_float(b))), op);
      case Form::Complex:
        if (is_equality(op)) {
          const detail::Cplx &p = detail::cplx(a), &q = detail::cplx(b);
          bool eq = compare(p.re, CompareOp::Eql, q.re) && compare(p.im, CompareOp::Eql, q.im);
          return op == CompareOp::Eql ? eq : !eq;
        }
        break;
      case Form::Unknown:
        return false;
    }
  }
  if (status) *status = Status::Invalid;
  return false;
}

}  // namespace gocxx::constant
