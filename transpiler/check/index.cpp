// This file implements index expressions x[i] (arrays, pointers to arrays,
// slices, strings, maps) and slice expressions x[lo:hi:max]
// (types2's index.go).

#include "check/checker.h"
#include "check/constant/format.h"

namespace gocxx::check {

bool Checker::is_valid_index(Operand& x, const std::string& what, bool allow_negative) {
  convert_untyped(x, types_.basic(BasicKind::Int));
  if (x.invalid()) return false;
  if (!is_integer(x.type)) {
    error_at(x.expr, "invalid argument: " + what + " " + describe(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant) {
    if (!allow_negative && x.val.kind() != constant::Kind::Unknown && constant::sign(x.val) < 0) {
      error_at(x.expr, "invalid argument: " + what + " " + describe(x) + " must not be negative");
      return false;
    }
    constant::Value v;
    if (x.val.kind() != constant::Kind::Unknown) {
      if (!constant::representable(x.val, constant::BasicKind::Int, &v)) {
        error_at(x.expr, "invalid argument: " + what + " " + describe(x) + " overflows int");
        return false;
      }
      x.val = v;
    }
  }
  return true;
}

// Checks an index and returns its constant value, or -1 if it is not a
// valid constant. max >= 0 is the exclusive upper bound for constants.
int64_t Checker::index(ast::Expr* e, int64_t max, bool allow_negative, Operand* out) {
  Operand& x = *out;
  expr(x, e);
  if (!is_valid_index(x, "index", allow_negative)) {
    x.set_invalid();
    return -1;
  }
  if (x.mode != Mode::Constant || x.val.kind() == constant::Kind::Unknown) return -1;
  auto v = constant::int64_val(x.val);
  if (max >= 0 && v.value >= max) {
    error_at(e, "invalid argument: index " + constant::to_string(x.val) +
                    " out of bounds [0:" + std::to_string(max) + "]");
    x.set_invalid();
    return -1;
  }
  return v.value;
}

void Checker::index_expr(Operand& x, ast::IndexExpr* e) {
  expr_or_type(x, e->x, true);
  switch (x.mode) {
    case Mode::Invalid:
      use_exprs(e->indices);
      return;
    case Mode::TypeExpr:
      if (!is_invalid(x.type)) error_at(e->x, type_str(x.type) + " is not a generic type");
      use_exprs(e->indices);
      x.set_invalid();
      return;
    default:
      break;
  }
  if (is_invalid(x.type)) {  // e.g. a rejected generic function
    use_exprs(e->indices);
    x.set_invalid();
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = under(x.type);
  switch (u->kind) {
    case TypeKind::Basic:
      if (is_string(u)) {
        valid = true;
        if (x.mode == Mode::Constant) {
          length = static_cast<int64_t>(constant::string_val(x.val).size());
        }
        x.mode = Mode::Value;
        x.type = types_.byte_type();
      }
      break;
    case TypeKind::Array: {
      valid = true;
      length = static_cast<Array*>(u)->len;
      if (x.mode != Mode::Variable) x.mode = Mode::Value;
      x.type = static_cast<Array*>(u)->elem;
      break;
    }
    case TypeKind::Pointer:
      if (auto* a = dyn_cast<Array>(under(static_cast<Pointer*>(u)->elem))) {
        valid = true;
        length = a->len;
        x.mode = Mode::Variable;
        x.type = a->elem;
      }
      break;
    case TypeKind::Slice:
      valid = true;
      x.mode = Mode::Variable;
      x.type = static_cast<Slice*>(u)->elem;
      break;
    case TypeKind::Map: {
      if (e->indices.size() > 1) {
        error_at(e->indices[1], "invalid operation: more than one index");
        x.set_invalid();
        return;
      }
      auto* m = static_cast<Map*>(u);
      Operand key;
      expr_with_hint(key, e->indices[0], m->key);
      assignment(key, m->key, "map index");
      x.mode = Mode::MapIndex;
      x.type = m->elem;
      x.expr = e;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    error(e->pos, "invalid operation: cannot index " + describe(x));  // at the "[", as types2
    x.set_invalid();
    return;
  }
  if (e->indices.size() > 1) {
    error_at(e->indices[1], "invalid operation: more than one index");
    x.set_invalid();
    return;
  }
  if (x.type == nullptr) x.type = types_.invalid();
  Operand tmp;
  index(e->indices[0], length, false, &tmp);
}

void Checker::slice_expr(Operand& x, ast::SliceExpr* e) {
  expr(x, e->x);
  ast::Expr* idx[3] = {e->low, e->high, e->max};
  if (x.invalid()) {
    for (ast::Expr* i : idx) {
      if (i != nullptr) use_exprs(std::span<ast::Expr*>(&i, 1));
    }
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = under(x.type);
  switch (u->kind) {
    case TypeKind::Basic:
      if (is_string(u)) {
        if (e->slice3) {
          ast::Expr* at = e->max != nullptr ? e->max : static_cast<ast::Expr*>(e);
          errorf_invalid_op(at, "3-index slice of string");
          x.set_invalid();
          return;
        }
        valid = true;
        if (x.mode == Mode::Constant)
          length = static_cast<int64_t>(constant::string_val(x.val).size());
        if (is_untyped(x.type)) x.type = types_.basic(BasicKind::String);
      }
      break;
    case TypeKind::Array: {
      valid = true;
      length = static_cast<Array*>(u)->len;
      if (x.mode != Mode::Variable) {
        errorf_invalid_op(x.expr, describe(x) + " (slice of unaddressable value)");
        x.set_invalid();
        return;
      }
      x.type = types_.make<Slice>(static_cast<Array*>(u)->elem);
      break;
    }
    case TypeKind::Pointer:
      if (auto* a = dyn_cast<Array>(under(static_cast<Pointer*>(u)->elem))) {
        valid = true;
        length = a->len;
        x.type = types_.make<Slice>(a->elem);
      }
      break;
    case TypeKind::Slice:
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    errorf_invalid_op(x.expr, "cannot slice " + describe(x));
    x.set_invalid();
    return;
  }
  x.mode = Mode::Value;
  if (e->slice3 && (e->high == nullptr || e->max == nullptr)) {
    x.set_invalid();
    return;
  }
  int64_t ind[3];
  for (int i = 0; i < 3; ++i) {
    int64_t v = -1;
    if (idx[i] != nullptr && !ast::isa<ast::BadExpr>(idx[i])) {
      int64_t max = length >= 0 ? length + 1 : -1;
      Operand tmp;
      int64_t c = index(idx[i], max, false, &tmp);
      if (c >= 0) v = c;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; ++i) {
    if (ind[i] > 0) {
      for (int j = i + 1; j < 3; ++j) {
        if (ind[j] >= 0 && ind[j] < ind[i] && idx[j] != nullptr) {
          error_at(idx[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " +
                               std::to_string(ind[i]));
          return;
        }
      }
    }
  }
}

}  // namespace gocxx::check
