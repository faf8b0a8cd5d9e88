// This file implements Value's factories and accessors and the private
// constructors that choose a result's representation (rep.h).

#include <bit>
#include <cmath>
#include <mutex>
#include <type_traits>
#include <utility>
#include <vector>

#include "check/constant/rep.h"
#include "check/constant/round.h"

namespace gocxx::constant {
namespace detail {
namespace {

// The alternatives of Value::Repr must follow Value::Form.
template <Value::Form F, typename T>
constexpr bool kFormIs =
    std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(F), ValueAccess::Repr>, T>;

// Assembling strings is rare (once per concatenated value) and short, so one
// lock for all of them keeps the lazy assembly simple and race-free.
std::mutex& str_mutex() {
  static std::mutex mu;
  return mu;
}

}  // namespace

Str::~Str() {
  // Release a long concatenation chain iteratively: the default recursive
  // destruction of a + b + c + ... would use stack per piece.
  std::vector<std::shared_ptr<const Str>> pending;
  if (left_) pending.push_back(std::move(left_));
  if (right_) pending.push_back(std::move(right_));
  while (!pending.empty()) {
    std::shared_ptr<const Str> node = std::move(pending.back());
    pending.pop_back();
    if (node.use_count() == 1) {  // we are the last owner: unlink its children first
      if (node->left_) pending.push_back(std::move(node->left_));
      if (node->right_) pending.push_back(std::move(node->right_));
    }
  }
}

const std::string& Str::text() const {
  std::lock_guard<std::mutex> lock(str_mutex());
  if (!left_) return text_;
  std::string out;
  out.reserve(size_);
  std::vector<const Str*> stack{this};  // in-order walk without recursion
  while (!stack.empty()) {
    const Str* node = stack.back();
    stack.pop_back();
    if (node->left_) {
      stack.push_back(node->right_.get());
      stack.push_back(node->left_.get());
    } else {
      out += node->text_;
    }
  }
  text_ = std::move(out);
  // Drop the pieces (other values may still own them; ~Str frees long chains).
  left_.reset();
  right_.reset();
  return text_;
}

mpf_class new_float() { return mpf_class(0, kFloatPrec); }

int64_t float_exp(const mpf_class& x) {
  if (sgn(x) == 0) return 0;
  long e = 0;
  mpf_get_d_2exp(&e, x.get_mpf_t());
  return e;
}

bool small_float(const mpf_class& x) {
  int64_t e = float_exp(x);
  return -kMaxRatBits < e && e < kMaxRatBits;
}

bool small_int_bits(const mpz_class& x) {
  return x == 0 || static_cast<int64_t>(mpz_sizeinbase(x.get_mpz_t(), 2)) < kMaxRatBits;
}

Value int_value(const mpz_class& x) {
  if (mpz_fits_slong_p(x.get_mpz_t())) return ValueAccess::make(int64_t{x.get_si()});
  if (static_cast<int64_t>(mpz_sizeinbase(x.get_mpz_t(), 2)) > kMaxIntBits) return Value();
  return ValueAccess::make(std::make_shared<const BigInt>(BigInt{x}));
}

Value literal_rat_value(const mpq_class& x) {
  return ValueAccess::make(std::make_shared<const Rat>(Rat{x}));
}

Value rat_value(const mpq_class& x) {
  if (small_int_bits(x.get_num()) && small_int_bits(x.get_den())) return literal_rat_value(x);
  return float_value(float_of(binary_of(x, static_cast<int>(kFloatPrec) + 2)));
}

Value float_value(const mpf_class& x) {
  // GMP computes with at least kFloatPrec bits and truncates; rounding the
  // result to exactly kFloatPrec bits, ties to even, gives what big.Float's
  // correctly rounded operations give (1e5000/1e4999 is exactly 10 in both).
  Binary b = binary_of(x);
  round_mantissa(b, static_cast<int64_t>(kFloatPrec), RoundMode::NearestEven);
  int64_t e = b.mant == 0 ? 0 : static_cast<int64_t>(mpz_sizeinbase(b.mant.get_mpz_t(), 2)) + b.exp;
  if (e > kMaxFloatExp) return Value();  // big.Float overflows to infinity
  mpf_class v = new_float();
  if (b.mant != 0 && e >= kMinFloatExp) v = float_of(b);  // else it underflows to zero
  return ValueAccess::make(std::make_shared<const BigFloat>(BigFloat{std::move(v)}));
}

Value complex_value(const Value& re, const Value& im) {
  if (re.kind() == Kind::Unknown || im.kind() == Kind::Unknown) return Value();
  return ValueAccess::make(std::make_shared<const Cplx>(Cplx{re, im}));
}

Value concat(const Value& x, const Value& y) {
  const auto& l = std::get<std::shared_ptr<const Str>>(ValueAccess::repr(x));
  const auto& r = std::get<std::shared_ptr<const Str>>(ValueAccess::repr(y));
  if (r->size() == 0) return x;
  if (l->size() == 0) return y;
  return ValueAccess::make(std::make_shared<const Str>(l, r));
}

mpz_class as_mpz(const Value& x) {
  if (x.form() == Value::Form::SmallInt) return mpz_class(static_cast<long>(small_int(x)));
  return big_int(x);
}

mpq_class as_mpq(const Value& x) {
  if (x.form() == Value::Form::Rat) return rat(x);
  return mpq_class(as_mpz(x));
}

mpf_class float_of(Binary b) {
  round_mantissa(b, static_cast<int64_t>(kFloatPrec), RoundMode::NearestEven);
  mpf_class f = new_float();
  mpf_set_z(f.get_mpf_t(), b.mant.get_mpz_t());
  if (b.exp >= 0) {
    mpf_mul_2exp(f.get_mpf_t(), f.get_mpf_t(), static_cast<mp_bitcnt_t>(b.exp));
  } else {
    mpf_div_2exp(f.get_mpf_t(), f.get_mpf_t(), static_cast<mp_bitcnt_t>(-b.exp));
  }
  if (b.neg) mpf_neg(f.get_mpf_t(), f.get_mpf_t());
  return f;
}

mpf_class as_mpf(const Value& x) {
  switch (x.form()) {
    case Value::Form::SmallInt:
    case Value::Form::BigInt:
      return float_of(binary_of(as_mpz(x)));
    case Value::Form::Rat:
      return float_of(binary_of(rat(x), static_cast<int>(kFloatPrec) + 2));
    case Value::Form::BigFloat:
      return big_float(x);
    case Value::Form::Unknown:
    case Value::Form::Bool:
    case Value::Form::String:
    case Value::Form::Complex:
      break;
  }
  return new_float();
}

}  // namespace detail

using detail::ValueAccess;
using Form = Value::Form;

static_assert(detail::kFormIs<Form::Unknown, std::monostate> && detail::kFormIs<Form::Bool, bool> &&
                  detail::kFormIs<Form::String, std::shared_ptr<const detail::Str>> &&
                  detail::kFormIs<Form::SmallInt, int64_t> &&
                  detail::kFormIs<Form::BigInt, std::shared_ptr<const detail::BigInt>> &&
                  detail::kFormIs<Form::Rat, std::shared_ptr<const detail::Rat>> &&
                  detail::kFormIs<Form::BigFloat, std::shared_ptr<const detail::BigFloat>> &&
                  detail::kFormIs<Form::Complex, std::shared_ptr<const detail::Cplx>>,
              "Value::Repr must list its alternatives in the order of Value::Form");

Kind Value::kind() const {
  switch (form()) {
    case Form::Unknown:
      return Kind::Unknown;
    case Form::Bool:
      return Kind::Bool;
    case Form::String:
      return Kind::String;
    case Form::SmallInt:
    case Form::BigInt:
      return Kind::Int;
    case Form::Rat:
    case Form::BigFloat:
      return Kind::Float;
    case Form::Complex:
      return Kind::Complex;
  }
  return Kind::Unknown;
}

std::string_view kind_name(Kind kind) {
  switch (kind) {
    case Kind::Unknown:
      return "Unknown";
    case Kind::Bool:
      return "Bool";
    case Kind::String:
      return "String";
    case Kind::Int:
      return "Int";
    case Kind::Float:
      return "Float";
    case Kind::Complex:
      return "Complex";
  }
  return "Unknown";
}

Value make_unknown() { return Value(); }
Value make_bool(bool b) { return ValueAccess::make(b); }
Value make_string(std::string s) {
  return ValueAccess::make(std::make_shared<const detail::Str>(std::move(s)));
}
Value make_int64(int64_t x) { return ValueAccess::make(x); }

Value make_uint64(uint64_t x) {
  if (x <= static_cast<uint64_t>(INT64_MAX)) return make_int64(static_cast<int64_t>(x));
  return detail::int_value(mpz_class(static_cast<unsigned long>(x)));
}

Value make_float64(double x) {
  if (std::isinf(x) || std::isnan(x)) return Value();
  // Every finite double has a small exact fraction (go/constant's smallFloat64).
  return detail::literal_rat_value(mpq_class(x + 0.0));  // x + 0 turns -0 into 0
}

Value make_imag(const Value& x) {
  switch (x.kind()) {
    case Kind::Int:
    case Kind::Float:
      return detail::complex_value(make_int64(0), x);
    case Kind::Unknown:
    case Kind::Bool:
    case Kind::String:
    case Kind::Complex:
      break;
  }
  return Value();
}

bool bool_val(const Value& x) {
  return x.form() == Form::Bool && std::get<bool>(ValueAccess::repr(x));
}

const std::string& string_val(const Value& x) {
  static const std::string kEmpty;
  return x.form() == Form::String ? detail::str(x).text() : kEmpty;
}

namespace {
// The low 64 bits of |x|, as big.Int's low64.
uint64_t low64(const mpz_class& x) {
  return mpz_size(x.get_mpz_t()) == 0 ? 0 : mpz_getlimbn(x.get_mpz_t(), 0);
}
}  // namespace

Exact<int64_t> int64_val(const Value& x) {
  if (x.form() == Form::SmallInt) return {detail::small_int(x), true};
  if (x.form() == Form::BigInt) {
    // Not exact; the value is big.Int.Int64's (low bits, sign applied).
    const mpz_class& v = detail::big_int(x);
    uint64_t low = low64(v);
    return {static_cast<int64_t>(v < 0 ? ~low + 1 : low), false};
  }
  return {0, false};
}

Exact<uint64_t> uint64_val(const Value& x) {
  if (x.form() == Form::SmallInt) {
    int64_t v = detail::small_int(x);
    return {static_cast<uint64_t>(v), v >= 0};
  }
  if (x.form() == Form::BigInt) {
    const mpz_class& v = detail::big_int(x);
    return {low64(v), v > 0 && mpz_sizeinbase(v.get_mpz_t(), 2) <= 64};
  }
  return {0, false};
}

int64_t bit_len(const Value& x) {
  if (x.form() == Form::SmallInt) {
    int64_t v = detail::small_int(x);
    uint64_t u = v < 0 ? ~static_cast<uint64_t>(v) + 1 : static_cast<uint64_t>(v);
    return 64 - std::countl_zero(u);
  }
  if (x.form() == Form::BigInt)
    return static_cast<int64_t>(mpz_sizeinbase(detail::big_int(x).get_mpz_t(), 2));
  return 0;
}

int sign(const Value& x) {
  switch (x.form()) {
    case Form::SmallInt: {
      int64_t v = detail::small_int(x);
      return (v > 0) - (v < 0);
    }
    case Form::BigInt:
      return sgn(detail::big_int(x));
    case Form::Rat:
      return sgn(detail::rat(x));
    case Form::BigFloat:
      return sgn(detail::big_float(x));
    case Form::Complex:
      return sign(detail::cplx(x).re) | sign(detail::cplx(x).im);
    case Form::Unknown:
    case Form::Bool:
    case Form::String:
      break;
  }
  return 1;
}

namespace {
// The exact fraction of an Int or Float, if it has a reasonable one.
bool exact_fraction(const Value& x, mpq_class* q) {
  switch (x.form()) {
    case Form::SmallInt:
    case Form::BigInt:
    case Form::Rat:
      *q = detail::as_mpq(x);
      return true;
    case Form::BigFloat:
      if (!detail::small_float(detail::big_float(x))) return false;
      mpq_set_f(q->get_mpq_t(), detail::big_float(x).get_mpf_t());
      return true;
    case Form::Unknown:
    case Form::Bool:
    case Form::String:
    case Form::Complex:
      break;
  }
  return false;
}
}  // namespace

Value num(const Value& x) {
  if (x.kind() == Kind::Int) return x;
  mpq_class q;
  return exact_fraction(x, &q) ? detail::int_value(q.get_num()) : Value();
}

Value denom(const Value& x) {
  if (x.kind() == Kind::Int) return make_int64(1);
  mpq_class q;
  return exact_fraction(x, &q) ? detail::int_value(q.get_den()) : Value();
}

}  // namespace gocxx::constant
