// This file implements unary and binary arithmetic on constants and the
// matching of operand representations (go/constant's UnaryOp, BinaryOp and
// match). Integers take an int64 fast path and fall back to GMP on overflow.

#include "check/constant/ops.h"
#include "check/constant/rep.h"

namespace gocxx::constant {
namespace {

using Form = Value::Form;

// go/constant's ord: of two numbers, the one of lower level is converted to
// the other's representation. Both int forms are one level: the int code
// mixes them.
enum class Level { Unknown, NonNumeric, Int, Rat, Float, Complex };

Level level(Form form) {
  switch (form) {
    case Form::Unknown:
      return Level::Unknown;
    case Form::Bool:
    case Form::String:
      return Level::NonNumeric;
    case Form::SmallInt:
    case Form::BigInt:
      return Level::Int;
    case Form::Rat:
      return Level::Rat;
    case Form::BigFloat:
      return Level::Float;
    case Form::Complex:
      return Level::Complex;
  }
  return Level::Unknown;
}

// x (a number) at a higher level, as go/constant's match0.
Value widen(const Value& x, Level to) {
  switch (to) {
    case Level::Rat:
      return detail::literal_rat_value(detail::as_mpq(x));
    case Level::Float:
      return detail::float_value(detail::as_mpf(x));
    case Level::Complex:
      return detail::complex_value(x, make_int64(0));
    case Level::Unknown:
    case Level::NonNumeric:
    case Level::Int:
      break;
  }
  return x;
}

Value int_value(const mpz_class& z) { return detail::int_value(z); }

// a / b as an exact Float (b != 0).
Value quotient(const mpz_class& a, const mpz_class& b) {
  mpq_class q(a, b);
  q.canonicalize();  // the two-part constructor leaves sign and common factors
  return detail::rat_value(q);
}

Value small_int_op(int64_t a, BinaryOp op, int64_t b, Status* st);

Value int_op(const Value& x, BinaryOp op, const Value& y, Status* st) {
  if (x.form() == Form::SmallInt && y.form() == Form::SmallInt) {
    return small_int_op(detail::small_int(x), op, detail::small_int(y), st);
  }
  mpz_class a = detail::as_mpz(x), b = detail::as_mpz(y), c;
  switch (op) {
    case BinaryOp::Add:
      return int_value(a + b);
    case BinaryOp::Sub:
      return int_value(a - b);
    case BinaryOp::Mul:
      // Refuse before computing a product beyond kMaxIntBits.
      if (bit_len(x) + bit_len(y) > kMaxIntBits + 1) return Value();
      return int_value(a * b);
    case BinaryOp::Quo:
      if (b == 0) break;
      return quotient(a, b);
    case BinaryOp::IntQuo:
      if (b == 0) break;
      mpz_tdiv_q(c.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      return int_value(c);
    case BinaryOp::Rem:
      if (b == 0) break;
      mpz_tdiv_r(c.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      return int_value(c);
    case BinaryOp::And:
      mpz_and(c.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      return int_value(c);
    case BinaryOp::Or:
      mpz_ior(c.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      return int_value(c);
    case BinaryOp::Xor:
      mpz_xor(c.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      return int_value(c);
    case BinaryOp::AndNot:
      mpz_com(b.get_mpz_t(), b.get_mpz_t());
      mpz_and(c.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      return int_value(c);
    case BinaryOp::LogAnd:
    case BinaryOp::LogOr:
      *st = Status::Invalid;
      return Value();
  }
  *st = Status::DivisionByZero;
  return Value();
}

Value small_int_op(int64_t a, BinaryOp op, int64_t b, Status* st) {
  int64_t c = 0;
  switch (op) {
    case BinaryOp::Add:
      if (__builtin_add_overflow(a, b, &c)) return int_value(mpz_class(a) + mpz_class(b));
      return make_int64(c);
    case BinaryOp::Sub:
      if (__builtin_sub_overflow(a, b, &c)) return int_value(mpz_class(a) - mpz_class(b));
      return make_int64(c);
    case BinaryOp::Mul:
      if (__builtin_mul_overflow(a, b, &c)) return int_value(mpz_class(a) * mpz_class(b));
      return make_int64(c);
    case BinaryOp::Quo:
      if (b == 0) break;
      return quotient(mpz_class(a), mpz_class(b));
    case BinaryOp::IntQuo:
      if (b == 0) break;
      if (a == INT64_MIN && b == -1) return int_value(-mpz_class(a));  // 1<<63, not Go's wrap
      return make_int64(a / b);
    case BinaryOp::Rem:
      if (b == 0) break;
      if (b == -1) return make_int64(0);  // INT64_MIN % -1 is undefined in C++
      return make_int64(a % b);
    case BinaryOp::And:
      return make_int64(a & b);
    case BinaryOp::Or:
      return make_int64(a | b);
    case BinaryOp::Xor:
      return make_int64(a ^ b);
    case BinaryOp::AndNot:
      return make_int64(a & ~b);
    case BinaryOp::LogAnd:
    case BinaryOp::LogOr:
      *st = Status::Invalid;
      return Value();
  }
  *st = Status::DivisionByZero;
  return Value();
}

Value rat_op(const mpq_class& a, BinaryOp op, const mpq_class& b, Status* st) {
  switch (op) {
    case BinaryOp::Add:
      return detail::rat_value(a + b);
    case BinaryOp::Sub:
      return detail::rat_value(a - b);
    case BinaryOp::Mul:
      return detail::rat_value(a * b);
    case BinaryOp::Quo:
      if (b == 0) {
        *st = Status::DivisionByZero;
        return Value();
      }
      return detail::rat_value(a / b);
    case BinaryOp::IntQuo:
    case BinaryOp::Rem:
    case BinaryOp::And:
    case BinaryOp::Or:
    case BinaryOp::Xor:
    case BinaryOp::AndNot:
    case BinaryOp::LogAnd:
    case BinaryOp::LogOr:
      break;
  }
  *st = Status::Invalid;
  return Value();
}

// Floats are computed exactly on their mantissas and rounded once to 512
// bits, as big.Float's correctly rounded operations (GMP's mpf operations
// truncate, which would differ from Go in the last bit).
Value float_op(const mpf_class& x, BinaryOp op, const mpf_class& y, Status* st) {
  constexpr auto kBits = static_cast<int64_t>(detail::kFloatPrec);
  detail::Binary a = detail::binary_of(x), b = detail::binary_of(y);
  switch (op) {
    case BinaryOp::Add:
      return detail::float_value(detail::float_of(detail::add_binary(a, b, kBits)));
    case BinaryOp::Sub:
      b.neg = !b.neg;
      return detail::float_value(detail::float_of(detail::add_binary(a, b, kBits)));
    case BinaryOp::Mul:
      return detail::float_value(detail::float_of(detail::mul_binary(a, b)));
    case BinaryOp::Quo:
      if (b.mant == 0) {
        *st = Status::DivisionByZero;
        return Value();
      }
      return detail::float_value(detail::float_of(detail::quo_binary(a, b, kBits)));
    case BinaryOp::IntQuo:
    case BinaryOp::Rem:
    case BinaryOp::And:
    case BinaryOp::Or:
    case BinaryOp::Xor:
    case BinaryOp::AndNot:
    case BinaryOp::LogAnd:
    case BinaryOp::LogOr:
      break;
  }
  *st = Status::Invalid;
  return Value();
}

Value binary_impl(const Value& x, BinaryOp op, const Value& y, Status* st);

// (a+bi) op (c+di) on the parts, as go/constant does.
Value complex_op(const detail::Cplx& x, BinaryOp op, const detail::Cplx& y, Status* st) {
  const Value &a = x.re, &b = x.im, &c = y.re, &d = y.im;
  auto add = [st](const Value& p, const Value& q) { return binary_impl(p, BinaryOp::Add, q, st); };
  auto sub = [st](const Value& p, const Value& q) { return binary_impl(p, BinaryOp::Sub, q, st); };
  auto mul = [st](const Value& p, const Value& q) { return binary_impl(p, BinaryOp::Mul, q, st); };
  switch (op) {
    case BinaryOp::Add:
      return detail::complex_value(add(a, c), add(b, d));
    case BinaryOp::Sub:
      return detail::complex_value(sub(a, c), sub(b, d));
    case BinaryOp::Mul:  // (ac-bd) + i(bc+ad)
      return detail::complex_value(sub(mul(a, c), mul(b, d)), add(mul(b, c), mul(a, d)));
    case BinaryOp::Quo: {  // (ac+bd)/s + i(bc-ad)/s with s = cc+dd
      Value s = add(mul(c, c), mul(d, d));
      if (s.kind() != Kind::Unknown && sign(s) == 0) {
        *st = Status::DivisionByZero;
        return Value();
      }
      Value re = binary_impl(add(mul(a, c), mul(b, d)), BinaryOp::Quo, s, st);
      Value im = binary_impl(sub(mul(b, c), mul(a, d)), BinaryOp::Quo, s, st);
      return detail::complex_value(re, im);
    }
    case BinaryOp::IntQuo:
    case BinaryOp::Rem:
    case BinaryOp::And:
    case BinaryOp::Or:
    case BinaryOp::Xor:
    case BinaryOp::AndNot:
    case BinaryOp::LogAnd:
    case BinaryOp::LogOr:
      break;
  }
  *st = Status::Invalid;
  return Value();
}

Value binary_impl(const Value& x, BinaryOp op, const Value& y, Status* st) {
  if (x.kind() == Kind::Unknown || y.kind() == Kind::Unknown) return Value();
  auto [a, b] = match(x, y);
  if (a.kind() != b.kind()) {
    *st = Status::Invalid;
    return Value();
  }
  switch (a.form()) {
    case Form::Bool:
      if (op == BinaryOp::LogAnd) return make_bool(bool_val(a) && bool_val(b));
      if (op == BinaryOp::LogOr) return make_bool(bool_val(a) || bool_val(b));
      break;
    case Form::String:
      if (op == BinaryOp::Add) return detail::concat(a, b);
      break;
    case Form::SmallInt:
    case Form::BigInt:
      return int_op(a, op, b, st);
    case Form::Rat:
      return rat_op(detail::rat(a), op, detail::rat(b), st);
    case Form::BigFloat:
      return float_op(detail::big_float(a), op, detail::big_float(b), st);
    case Form::Complex:
      return complex_op(detail::cplx(a), op, detail::cplx(b), st);
    case Form::Unknown:
      return Value();
  }
  *st = Status::Invalid;
  return Value();
}

// Status for an Unknown result nobody explained: it was too large.
void finish(const Value& result, bool operands_known, Status st, Status* status) {
  if (result.kind() == Kind::Unknown && st == Status::Ok && operands_known) st = Status::Overflow;
  if (status) *status = st;
}

Value negate(const Value& y) {
  switch (y.form()) {
    case Form::SmallInt:
      if (detail::small_int(y) == INT64_MIN) return int_value(-detail::as_mpz(y));
      return make_int64(-detail::small_int(y));
    case Form::BigInt:
      return int_value(-detail::big_int(y));
    case Form::Rat:
      return detail::rat_value(-detail::rat(y));
    case Form::BigFloat:
      return detail::float_value(-detail::big_float(y));
    case Form::Complex:
      return detail::complex_value(negate(detail::cplx(y).re), negate(detail::cplx(y).im));
    case Form::Unknown:
    case Form::Bool:
    case Form::String:
      break;
  }
  return Value();
}

// ^y, within prec bits if prec > 0 (y &^ (-1 << prec), as go/constant).
Value complement(const Value& y, unsigned prec) {
  mpz_class z = detail::as_mpz(y);
  mpz_com(z.get_mpz_t(), z.get_mpz_t());
  if (prec > 0) {
    if (z < 0 && static_cast<int64_t>(prec) > kMaxIntBits)
      return Value();  // 2**prec - 1 - y: too large
    mpz_fdiv_r_2exp(z.get_mpz_t(), z.get_mpz_t(), prec);
  }
  return int_value(z);
}

}  // namespace

std::pair<Value, Value> match(const Value& x, const Value& y) {
  Level lx = level(x.form()), ly = level(y.form());
  if (lx == ly || lx <= Level::NonNumeric || ly <= Level::NonNumeric) return {x, y};
  if (lx < ly) return {widen(x, ly), y};
  return {x, widen(y, lx)};
}

Value unary_op(UnaryOp op, const Value& y, unsigned prec, Status* status) {
  Status st = Status::Ok;
  Value r;
  if (y.kind() != Kind::Unknown) {
    bool numeric = y.kind() == Kind::Int || y.kind() == Kind::Float || y.kind() == Kind::Complex;
    switch (op) {
      case UnaryOp::Plus:
        if (numeric)
          r = y;
        else
          st = Status::Invalid;
        break;
      case UnaryOp::Minus:
        if (numeric)
          r = negate(y);
        else
          st = Status::Invalid;
        break;
      case UnaryOp::Xor:
        if (y.kind() == Kind::Int)
          r = complement(y, prec);
        else
          st = Status::Invalid;
        break;
      case UnaryOp::Not:
        if (y.kind() == Kind::Bool)
          r = make_bool(!bool_val(y));
        else
          st = Status::Invalid;
        break;
    }
  }
  finish(r, y.kind() != Kind::Unknown, st, status);
  return r;
}

Value binary_op(const Value& x, BinaryOp op, const Value& y, Status* status) {
  Status st = Status::Ok;
  Value r = binary_impl(x, op, y, &st);
  finish(r, x.kind() != Kind::Unknown && y.kind() != Kind::Unknown, st, status);
  return r;
}

}  // namespace gocxx::constant
