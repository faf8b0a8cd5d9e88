// This file implements implicit conversions of untyped operands to the type
// their context needs, representability of constants, and default types
// (types2's implicitTypeAndValue, convertUntyped, representable).

#include "check/checker.h"
#include "check/constant/format.h"

namespace gocxx::check {

namespace {

enum Failure { kNone = 0, kCannot = 1, kTruncated = 2, kOverflows = 3 };

}  // namespace

Type* Checker::default_type(Type* t) {
  auto* b = dyn_cast<Basic>(t);
  if (b == nullptr) return t;
  switch (b->basic_kind) {
    case BasicKind::UntypedBool:
      return types_.basic(BasicKind::Bool);
    case BasicKind::UntypedInt:
      return types_.basic(BasicKind::Int);
    case BasicKind::UntypedRune:
      return types_.rune_type();
    case BasicKind::UntypedFloat:
      return types_.basic(BasicKind::Float64);
    case BasicKind::UntypedComplex:
      return types_.basic(BasicKind::Complex128);
    case BasicKind::UntypedString:
      return types_.basic(BasicKind::String);
    default:
      return t;
  }
}

bool Checker::representable_value(Operand& x, Basic* typ, constant::Value* rounded, int* failure) {
  *failure = kNone;
  if (typ->basic_kind == BasicKind::Invalid) return true;
  if (typ->basic_kind == BasicKind::UnsafePointer || typ->basic_kind == BasicKind::UntypedNil) {
    *failure = kCannot;
    return false;
  }
  auto* xb = dyn_cast<Basic>(under(x.type));
  constant::BasicKind operand = xb != nullptr && xb->basic_kind != BasicKind::Invalid &&
                                        xb->basic_kind != BasicKind::UntypedNil &&
                                        xb->basic_kind != BasicKind::UnsafePointer
                                    ? xb->const_kind()
                                    : constant::BasicKind::UntypedInt;
  constant::Representation r = constant::represent(x.val, operand, typ->const_kind());
  switch (r.failure) {
    case constant::Failure::None:
      if (rounded != nullptr) *rounded = r.value;
      return true;
    case constant::Failure::Truncated:
      *failure = kTruncated;
      return false;
    case constant::Failure::Overflows:
      *failure = kOverflows;
      return false;
    case constant::Failure::NotConvertible:
      *failure = kCannot;
      return false;
  }
  return false;
}

void Checker::invalid_conversion(Operand& x, Type* target, int failure) {
  switch (failure) {
    case kTruncated:
      error_at(x.expr, describe(x) + " truncated to " + type_str(target));
      break;
    case kOverflows:
      error_at(x.expr, describe(x) + " overflows " + type_str(target));
      break;
    default:
      error_at(x.expr, "cannot convert " + describe(x) + " to " + type_str(target));
      break;
  }
}

void Checker::representable(Operand& x, Basic* typ) {
  constant::Value v;
  int failure = kNone;
  if (!representable_value(x, typ, &v, &failure)) {
    invalid_conversion(x, typ, failure);
    x.set_invalid();
    return;
  }
  x.val = v;
}

Type* Checker::implicit_type_and_value(Operand& x, Type* target, int* failure) {
  *failure = kNone;
  if (x.invalid() || is_typed(x.type) || is_invalid(target)) return x.type;
  if (is_untyped(target)) {
    auto xk = static_cast<Basic*>(under(x.type))->basic_kind;
    auto tk = static_cast<Basic*>(under(target))->basic_kind;
    if (is_numeric(x.type) && is_numeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *failure = kCannot;
      return nullptr;
    }
    return x.type;
  }
  if (x.is_nil()) {
    if (has_nil(target)) return target;
    *failure = kCannot;
    return nullptr;
  }
  Type* u = under(target);
  switch (u->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<Basic*>(u);
      if (x.mode == Mode::Constant) {
        constant::Value v;
        if (!representable_value(x, b, &v, failure)) return nullptr;
        x.val = v;  // callers that must not change x use a copy
        return target;
      }
      switch (static_cast<Basic*>(under(x.type))->basic_kind) {
        case BasicKind::UntypedBool:
          if (!is_boolean(target)) *failure = kCannot;
          break;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
        case BasicKind::UntypedFloat:
        case BasicKind::UntypedComplex:
          if (!is_numeric(target)) *failure = kCannot;
          break;
        case BasicKind::UntypedString:
          if (!is_string(target)) *failure = kCannot;
          break;
        default:
          *failure = kCannot;
      }
      return *failure == kNone ? target : nullptr;
    }
    case TypeKind::Interface:
      if (!static_cast<Interface*>(u)->empty()) {
        *failure = kCannot;
        return nullptr;
      }
      return default_type(x.type);
    default:
      *failure = kCannot;
      return nullptr;
  }
}

void Checker::convert_untyped(Operand& x, Type* target) {
  int failure = kNone;
  Operand copy = x;
  Type* new_type = implicit_type_and_value(copy, target, &failure);
  if (failure != kNone) {
    invalid_conversion(x, under(target), failure);
    x.set_invalid();
    return;
  }
  if (x.mode == Mode::Constant && copy.val.kind() != constant::Kind::Unknown) x.val = copy.val;
  if (new_type != x.type) {
    x.type = new_type;
    update_expr_type(x.expr, new_type, false);
  }
}

}  // namespace gocxx::check
