// This file implements the checking of expressions: the dispatch over
// expression kinds, literals, function literals, unary and binary
// operators, shifts and comparisons, and the recording of untyped
// expressions until their final type is known (types2's expr.go).

#include <optional>

#include "check/checker.h"
#include "check/constant/format.h"
#include "check/constant/literal.h"
#include "check/constant/ops.h"

namespace gocxx::check {

using scan::TokenKind;

namespace {

bool is_comparison(TokenKind op) {
  return op == TokenKind::Eql || op == TokenKind::Neq || op == TokenKind::Lss ||
         op == TokenKind::Leq || op == TokenKind::Gtr || op == TokenKind::Geq;
}

bool is_shift(TokenKind op) { return op == TokenKind::Shl || op == TokenKind::Shr; }

std::string_view op_spelling(TokenKind op) { return scan::spelling(op); }

std::optional<constant::BinaryOp> const_binary_op(TokenKind op, bool int_div) {
  switch (op) {
    case TokenKind::Add:
      return constant::BinaryOp::Add;
    case TokenKind::Sub:
      return constant::BinaryOp::Sub;
    case TokenKind::Mul:
      return constant::BinaryOp::Mul;
    case TokenKind::Div:
      return int_div ? constant::BinaryOp::IntQuo : constant::BinaryOp::Quo;
    case TokenKind::Rem:
      return constant::BinaryOp::Rem;
    case TokenKind::And:
      return constant::BinaryOp::And;
    case TokenKind::Or:
      return constant::BinaryOp::Or;
    case TokenKind::Xor:
      return constant::BinaryOp::Xor;
    case TokenKind::AndNot:
      return constant::BinaryOp::AndNot;
    case TokenKind::AndAnd:
      return constant::BinaryOp::LogAnd;
    case TokenKind::OrOr:
      return constant::BinaryOp::LogOr;
    default:
      return std::nullopt;
  }
}

constant::CompareOp compare_op_of(TokenKind op) {
  switch (op) {
    case TokenKind::Eql:
      return constant::CompareOp::Eql;
    case TokenKind::Neq:
      return constant::CompareOp::Neq;
    case TokenKind::Lss:
      return constant::CompareOp::Lss;
    case TokenKind::Leq:
      return constant::CompareOp::Leq;
    case TokenKind::Gtr:
      return constant::CompareOp::Gtr;
    default:
      return constant::CompareOp::Geq;
  }
}

// The name types2 uses for the operation that overflowed ("constant
// addition overflow").
std::string op_name(const ast::Expr* e) {
  if (const auto* b = ast::dyn_cast<ast::BinaryExpr>(e)) {
    switch (b->op) {
      case TokenKind::Add:
        return "addition";
      case TokenKind::Sub:
        return "subtraction";
      case TokenKind::Xor:
        return "bitwise XOR";
      case TokenKind::Mul:
        return "multiplication";
      case TokenKind::Shl:
        return "shift";
      default:
        return "";
    }
  }
  if (const auto* u = ast::dyn_cast<ast::UnaryExpr>(e)) {
    switch (u->op) {
      case TokenKind::Sub:
        return "negation";
      case TokenKind::Xor:
        return "bitwise complement";
      default:
        return "";
    }
  }
  return "";
}

int size_bits(const Type* t) {
  switch (static_cast<const Basic*>(under(t))->basic_kind) {
    case BasicKind::Int8:
    case BasicKind::Uint8:
      return 8;
    case BasicKind::Int16:
    case BasicKind::Uint16:
      return 16;
    case BasicKind::Int32:
    case BasicKind::Uint32:
      return 32;
    default:
      return 64;
  }
}

}  // namespace

std::string Checker::kind_string(Type* t) {
  switch (under(t)->kind) {
    case TypeKind::Array:
      return "array";
    case TypeKind::Slice:
      return "slice";
    case TypeKind::Struct:
      return "struct";
    case TypeKind::Pointer:
      return "pointer";
    case TypeKind::Signature:
      return "func";
    case TypeKind::Interface:
      return "interface";
    case TypeKind::Map:
      return "map";
    case TypeKind::Chan:
      return "chan";
    default:
      return type_str(t);
  }
}

void Checker::record_type_and_value(ast::Expr* e, Mode mode, Type* type,
                                    const constant::Value& val) {
  if (e == nullptr || mode == Mode::Invalid) return;
  TypeAndValue* tv = info_.record(e);
  tv->mode = mode;
  tv->type = type;
  if (mode == Mode::Constant) tv->value = val;
}

void Checker::remember_untyped(ast::Expr* e, bool is_lhs, Mode mode, Type* type,
                               const constant::Value& val) {
  auto [it, inserted] = untyped_.emplace(e, UntypedInfo{is_lhs, mode, type, val});
  if (inserted) {
    untyped_order_.push_back(e);
  } else {
    it->second = UntypedInfo{is_lhs, mode, type, val};
  }
}

void Checker::record_untyped() {
  for (ast::Expr* e : untyped_order_) {
    auto it = untyped_.find(e);
    if (it == untyped_.end()) continue;
    record_type_and_value(e, it->second.mode, it->second.type, it->second.val);
  }
  untyped_.clear();
  untyped_order_.clear();
}

// Updates the type of the untyped expression e (and of its untyped
// operands) now that its context gave it type t (types2's updateExprType).
// types2 recurses into the left operand of a binary expression; a chain
// a + b + c + ... may be 100k terms long (see binary_chain), so its left
// operands are updated here iteratively, bottom-up, in the same order.
void Checker::update_expr_type(ast::Expr* e, Type* t, bool final, ast::Expr* parent) {
  // The binary expressions whose update would descend into their left operand.
  auto descends = [&](ast::BinaryExpr* b) {
    auto it = untyped_.find(b);
    if (it == untyped_.end() || is_comparison(b->op)) return false;
    return it->second.mode != Mode::Constant || it->second.val.kind() == constant::Kind::Unknown;
  };
  std::vector<ast::BinaryExpr*> spine;
  ast::Expr* bottom = e;
  for (auto* b = ast::dyn_cast<ast::BinaryExpr>(e); b != nullptr && descends(b);
       b = ast::dyn_cast<ast::BinaryExpr>(bottom)) {
    spine.push_back(b);
    bottom = b->x;
  }
  update_expr_type_node(bottom, t, final, true, spine.empty() ? parent : spine.back());
  for (size_t i = spine.size(); i-- > 0;) {
    update_expr_type_node(spine[i], t, final, false, i == 0 ? parent : spine[i - 1]);
  }
}

// update_expr_type for e alone, and its operands except, if !descend_x, the
// left operand of a binary expression (already updated). parent is the
// expression e is an operand of, if any.
void Checker::update_expr_type_node(ast::Expr* e, Type* t, bool final, bool descend_x,
                                    ast::Expr* parent) {
  auto it = untyped_.find(e);
  if (it == untyped_.end()) return;
  UntypedInfo old = it->second;
  switch (e->kind) {
    case ast::NodeKind::ParenExpr:
      update_expr_type(static_cast<ast::ParenExpr*>(e)->x, t, final, e);
      break;
    case ast::NodeKind::UnaryExpr:
      if (old.val.kind() == constant::Kind::Unknown || old.mode != Mode::Constant) {
        update_expr_type(static_cast<ast::UnaryExpr*>(e)->x, t, final, e);
      }
      break;
    case ast::NodeKind::BinaryExpr: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      if (old.mode == Mode::Constant && old.val.kind() != constant::Kind::Unknown) break;
      if (is_comparison(b->op)) {
        // The result type is independent of the operand types.
      } else if (is_shift(b->op)) {
        if (descend_x) update_expr_type(b->x, t, final, e);
      } else {
        if (descend_x) update_expr_type(b->x, t, final, e);
        update_expr_type(b->y, t, final, e);
      }
      break;
    }
    default:
      break;
  }
  if (!final && is_untyped(t)) {
    it = untyped_.find(e);
    if (it != untyped_.end()) it->second.type = under(t);
    return;
  }
  untyped_.erase(e);
  if (old.is_lhs) {
    // The lhs of a non-constant shift: it must be an integer now. gc names
    // the shift (its parent): `1 << s (shift of type float64)`.
    if (!is_integer(t)) {
      errorf_invalid_op(
          e, expr_str(parent != nullptr ? parent : e) + " (shift of type " + type_str(t) + ")");
      return;
    }
  }
  if (old.mode == Mode::Constant && old.val.kind() != constant::Kind::Unknown &&
      is_basic_info(t, kIsConstType)) {
    // Record the value as represented in t (e.g. rounded to float32).
    constant::Value v = old.val;
    if (auto* b = dyn_cast<Basic>(under(t));
        b != nullptr && !is_untyped(b) && b->basic_kind != BasicKind::UnsafePointer) {
      constant::Value rounded;
      // representable() leaves `rounded` unset for kinds it need not round (strings, bools).
      if (constant::representable(old.val, b->const_kind(), &rounded) &&
          rounded.kind() != constant::Kind::Unknown)
        v = rounded;
    }
    record_type_and_value(e, old.mode, t, v);
    return;
  }
  record_type_and_value(e, old.mode, t, old.val);
}

void Checker::raw_expr(Operand& x, ast::Expr* e, Type* hint, bool allow_generic) {
  (void)allow_generic;
  expr_internal(x, e, hint);
  record_operand(x);
}

// Records the type and value of the operand x.expr just evaluated (the
// second half of types2's rawExpr).
void Checker::record_operand(Operand& x) {
  Type* typ = x.type;
  constant::Value val;
  switch (x.mode) {
    case Mode::Invalid:
      typ = types_.invalid();
      break;
    case Mode::NoValue:
      typ = nullptr;
      break;
    case Mode::Constant:
      val = x.val;
      break;
    default:
      break;
  }
  if (typ != nullptr && is_untyped(typ)) {
    remember_untyped(x.expr, false, x.mode, typ, val);
  } else if (x.mode != Mode::Invalid) {
    TypeAndValue* tv = info_.record(x.expr);
    tv->mode = x.mode;
    tv->type = typ;
    tv->value = val;
  }
}

void Checker::exclude(Operand& x, uint32_t modeset) {
  if ((modeset & mode_bit(x.mode)) == 0) return;
  std::string msg;
  switch (x.mode) {
    case Mode::NoValue:
      msg = (modeset & mode_bit(Mode::TypeExpr)) != 0 ? " used as value" : " used as value or type";
      break;
    case Mode::BuiltinMode:
      msg = " must be called";
      break;
    case Mode::TypeExpr:
      msg = " is not an expression";
      break;
    default:
      break;
  }
  error_at(x.expr, describe(x) + msg);
  x.set_invalid();
}

void Checker::single_value(Operand& x) {
  if (x.mode == Mode::Value) {
    if (auto* t = dyn_cast<Tuple>(x.type)) {
      (void)t;
      error_at(x.expr, "multiple-value " + describe(x) + " in single-value context");
      x.set_invalid();
    }
  }
}

void Checker::expr(Operand& x, ast::Expr* e) {
  raw_expr(x, e, nullptr, false);
  exclude(x, mode_bit(Mode::NoValue) | mode_bit(Mode::BuiltinMode) | mode_bit(Mode::TypeExpr));
  single_value(x);
}

void Checker::expr_with_hint(Operand& x, ast::Expr* e, Type* hint) {
  raw_expr(x, e, hint, false);
  exclude(x, mode_bit(Mode::NoValue) | mode_bit(Mode::BuiltinMode) | mode_bit(Mode::TypeExpr));
  single_value(x);
}

void Checker::expr_or_type(Operand& x, ast::Expr* e, bool allow_generic) {
  raw_expr(x, e, nullptr, allow_generic);
  exclude(x, mode_bit(Mode::NoValue));
  single_value(x);
}

void Checker::multi_expr(std::vector<Operand>& list, ast::Expr* e, bool allow_comma_ok) {
  Operand x;
  raw_expr(x, e, nullptr, false);
  exclude(x, mode_bit(Mode::NoValue) | mode_bit(Mode::BuiltinMode) | mode_bit(Mode::TypeExpr));
  if (auto* t = dyn_cast<Tuple>(x.type); t != nullptr && x.mode == Mode::Value) {
    for (Var* v : t->vars) {
      Operand y;
      y.mode = Mode::Value;
      y.expr = e;
      y.type = v->type;
      list.push_back(y);
    }
    return;
  }
  list.push_back(x);
  if (allow_comma_ok && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk)) {
    Operand y;
    y.mode = Mode::Value;
    y.expr = e;
    y.type = types_.basic(BasicKind::UntypedBool);
    list.push_back(y);
  }
}

void Checker::basic_lit(Operand& x, ast::BasicLit* e) {
  x.expr = e;
  if (e->bad) {
    x.set_invalid();
    return;
  }
  constant::LiteralKind lk = constant::LiteralKind::Int;
  BasicKind kind = BasicKind::UntypedInt;
  switch (e->lit_kind) {
    case TokenKind::IntLit:
      lk = constant::LiteralKind::Int;
      kind = BasicKind::UntypedInt;
      break;
    case TokenKind::FloatLit:
      lk = constant::LiteralKind::Float;
      kind = BasicKind::UntypedFloat;
      break;
    case TokenKind::ImagLit:
      lk = constant::LiteralKind::Imag;
      kind = BasicKind::UntypedComplex;
      break;
    case TokenKind::RuneLit:
      lk = constant::LiteralKind::Rune;
      kind = BasicKind::UntypedRune;
      break;
    default:
      lk = constant::LiteralKind::String;
      kind = BasicKind::UntypedString;
      break;
  }
  if (lk != constant::LiteralKind::String && lk != constant::LiteralKind::Rune &&
      e->value.size() > constant::kMaxNumericLiteralLength) {
    error(e->pos, "excessively long constant: " + std::string(e->value.substr(0, 10)) + "... (" +
                      std::to_string(e->value.size()) + " chars)");
    x.set_invalid();
    return;
  }
  x.val = constant::make_from_literal(e->value, lk);
  if (x.val.kind() == constant::Kind::Unknown) {
    error(e->pos, "malformed constant: " + std::string(e->value));
    x.set_invalid();
    return;
  }
  x.mode = Mode::Constant;
  x.type = types_.basic(kind);
}

void Checker::func_lit(Operand& x, ast::FuncLit* e) {
  Scope* scope = prog_.objects.make_scope(env_.scope, "function");
  scope->is_func = true;
  info_.scopes[e->type] = scope;
  Signature* sig = func_type(e->type, nullptr, scope);
  TypeAndValue* tv = info_.record(e->type);
  tv->mode = Mode::TypeExpr;
  tv->type = sig;
  if (e->body != nullptr) {
    DeclInfo* decl = env_.decl;
    const constant::Value* iota = env_.iota;
    constant::Value iota_copy = iota != nullptr ? *iota : constant::Value();
    bool has_iota = iota != nullptr;
    delayed_.push_back([this, decl, sig, e, scope, iota_copy, has_iota] {
      Env saved = env_;
      env_ = Env();
      env_.iota = has_iota ? &iota_copy : nullptr;
      func_body(decl, "<function literal>", sig, e->body, scope);
      env_ = saved;
    });
  }
  x.mode = Mode::Value;
  x.type = sig;
}

void Checker::expr_internal(Operand& x, ast::Expr* e, Type* hint) {
  x.mode = Mode::Invalid;
  x.type = types_.invalid();
  x.expr = e;
  switch (e->kind) {
    case ast::NodeKind::BadExpr:
      break;
    case ast::NodeKind::Ident:
      ident(x, static_cast<ast::Ident*>(e), nullptr, false);
      break;
    case ast::NodeKind::DotsType:
      error(e->pos, "invalid use of ...");
      break;
    case ast::NodeKind::BasicLit:
      basic_lit(x, static_cast<ast::BasicLit*>(e));
      break;
    case ast::NodeKind::FuncLit:
      func_lit(x, static_cast<ast::FuncLit*>(e));
      break;
    case ast::NodeKind::CompositeLit:
      composite_lit(x, static_cast<ast::CompositeLit*>(e), hint);
      break;
    case ast::NodeKind::ParenExpr:
      raw_expr(x, static_cast<ast::ParenExpr*>(e)->x, nullptr, false);
      x.expr = e;
      return;
    case ast::NodeKind::SelectorExpr:
      selector(x, static_cast<ast::SelectorExpr*>(e), nullptr, false);
      break;
    case ast::NodeKind::IndexExpr:
      index_expr(x, static_cast<ast::IndexExpr*>(e));
      break;
    case ast::NodeKind::SliceExpr:
      slice_expr(x, static_cast<ast::SliceExpr*>(e));
      break;
    case ast::NodeKind::TypeAssertExpr: {
      auto* ta = static_cast<ast::TypeAssertExpr*>(e);
      expr(x, ta->x);
      if (x.invalid()) break;
      auto* iface = dyn_cast<Interface>(under(x.type));
      if (iface == nullptr) {
        errorf_invalid_op(ta->x, describe(x) + " is not an interface");
        x.set_invalid();
        break;
      }
      Type* T = var_type(ta->type);
      if (is_invalid(T)) {
        x.set_invalid();
        break;
      }
      type_assertion(e, x, iface, T, false);
      x.mode = Mode::CommaOk;
      x.type = T;
      break;
    }
    case ast::NodeKind::TypeSwitchGuard:
      error_at(e, "invalid AST: use of .(type) outside type switch");  // types2 wording
      break;
    case ast::NodeKind::CallExpr:
      call_expr(x, static_cast<ast::CallExpr*>(e));
      if (x.mode == Mode::NoValue) {
        x.expr = e;
        return;
      }
      break;
    case ast::NodeKind::StarExpr: {
      auto* s = static_cast<ast::StarExpr*>(e);
      expr_or_type(x, s->x);
      if (x.invalid()) break;
      if (x.mode == Mode::TypeExpr) {
        x.type = types_.make<Pointer>(x.type);
        break;
      }
      auto* p = dyn_cast<Pointer>(under(x.type));
      if (p == nullptr) {
        if (!is_invalid(x.type)) errorf_invalid_op(s->x, "cannot indirect " + describe(x));
        x.set_invalid();
        break;
      }
      x.mode = Mode::Variable;
      x.type = p->elem;
      break;
    }
    case ast::NodeKind::UnaryExpr:
      unary(x, static_cast<ast::UnaryExpr*>(e));
      break;
    case ast::NodeKind::BinaryExpr: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      if (ast::isa<ast::BinaryExpr>(b->x)) {
        binary_chain(x, b);
      } else {
        binary(x, e, b->x, b->y, b->op, b->pos);
      }
      break;
    }
    case ast::NodeKind::KeyValueExpr:
      error(e->pos, "unexpected key:value expression");
      break;
    case ast::NodeKind::ArrayType:
    case ast::NodeKind::SliceType:
    case ast::NodeKind::StructType:
    case ast::NodeKind::FuncType:
    case ast::NodeKind::InterfaceType:
    case ast::NodeKind::MapType:
    case ast::NodeKind::ChanType:
      x.type = resolve_type(e);
      x.mode = Mode::TypeExpr;
      break;
    default:
      break;
  }
  x.expr = e;
  if (x.mode == Mode::Invalid) x.type = types_.invalid();
}

void Checker::type_assertion(ast::Expr* e, Operand& x, Interface* iface, Type* T,
                             bool type_switch) {
  Func* missing = nullptr;
  Func* alt = nullptr;
  if (assertable_to(iface, T, &missing, &alt)) return;
  std::string cause = missing_method_reason(T, x.type, missing, alt);
  if (type_switch) {
    error_at(e, "impossible type switch case: " + expr_str(e) + "\n\t" + describe(x) +
                    " cannot have dynamic type " + type_str(T) + " " + cause);
    return;
  }
  error_at(e, "impossible type assertion: " + expr_str(e) + "\n\t" + type_str(T) +
                  " does not implement " + type_str(x.type) + " " + cause);
}

bool Checker::op_predicate(Operand& x, TokenKind op, bool binary, std::string* why) {
  bool ok = true;
  switch (op) {
    case TokenKind::Add:
      ok = binary ? (is_numeric(x.type) || is_string(x.type)) : is_numeric(x.type);
      break;
    case TokenKind::Sub:
    case TokenKind::Mul:
    case TokenKind::Div:
      ok = is_numeric(x.type);
      break;
    case TokenKind::Rem:
    case TokenKind::And:
    case TokenKind::Or:
    case TokenKind::AndNot:
      ok = is_integer(x.type);
      break;
    case TokenKind::Xor:
      ok = is_integer(x.type);
      break;
    case TokenKind::Not:
    case TokenKind::AndAnd:
    case TokenKind::OrOr:
      ok = is_boolean(x.type);
      break;
    default:
      ok = false;
  }
  if (!ok) {
    *why = "operator " + std::string(op_spelling(op)) + " not defined on " + describe(x);
  }
  return ok;
}

void Checker::overflow(Operand& x, Pos op_pos) {
  if (x.val.kind() == constant::Kind::Unknown) {
    error(op_pos, "constant result is not representable");
    return;
  }
  if (is_typed(x.type)) {
    representable(x, static_cast<Basic*>(under(x.type)));
    return;
  }
  if (x.val.kind() == constant::Kind::Int && constant::bit_len(x.val) > constant::kUntypedIntBits) {
    std::string op = op_name(x.expr);
    if (!op.empty()) op += " ";
    error(op_pos, "constant " + op + "overflow");
    x.val = constant::make_unknown();
  }
}

void Checker::unary(Operand& x, ast::UnaryExpr* e) {
  expr(x, e->x);
  if (x.invalid()) return;
  TokenKind op = e->op;
  switch (op) {
    case TokenKind::And: {
      ast::Expr* inner = ast::unparen(e->x);
      if (!ast::isa<ast::CompositeLit>(inner) && x.mode != Mode::Variable) {
        errorf_invalid_op(e->x, "cannot take address of " + describe(x));
        x.set_invalid();
        return;
      }
      if (auto* id = ast::dyn_cast<ast::Ident>(inner)) {
        if (auto* v = dyn_cast<Var>(info_.uses.count(id) ? info_.uses[id] : nullptr))
          v->address_taken = true;
      }
      x.mode = Mode::Value;
      x.type = types_.make<Pointer>(x.type);
      return;
    }
    case TokenKind::Arrow: {
      auto* ch = dyn_cast<Chan>(under(x.type));
      if (ch == nullptr) {
        errorf_invalid_op(e->x, "cannot receive from non-channel " + describe(x));
        x.set_invalid();
        return;
      }
      if (ch->dir == ChanDir::SendOnly) {
        errorf_invalid_op(e->x, "cannot receive from send-only channel " + describe(x));
        x.set_invalid();
        return;
      }
      x.mode = Mode::CommaOk;
      x.type = ch->elem;
      env_.has_call_or_recv = true;
      return;
    }
    case TokenKind::Tilde:
      error(e->pos, "generics are not supported yet");
      x.set_invalid();
      return;
    default:
      break;
  }
  std::string why;
  if (!op_predicate(x, op, false, &why)) {
    errorf_invalid_op(e->x, why);
    x.set_invalid();
    return;
  }
  if (x.mode == Mode::Constant) {
    if (x.val.kind() == constant::Kind::Unknown) return;
    unsigned prec = is_unsigned(x.type) ? static_cast<unsigned>(size_bits(x.type)) : 0;
    constant::UnaryOp uop = op == TokenKind::Add   ? constant::UnaryOp::Plus
                            : op == TokenKind::Sub ? constant::UnaryOp::Minus
                            : op == TokenKind::Xor ? constant::UnaryOp::Xor
                                                   : constant::UnaryOp::Not;
    x.val = constant::unary_op(uop, x.val, prec);
    x.expr = e;
    overflow(x, ast::start_pos(e));
    return;
  }
  x.mode = Mode::Value;
}

// Converts an untyped operand to the other operand's type where the two
// can mix (go1.19 types2's canMix in binary).
void Checker::match_types(Operand& x, Operand& y) {
  auto can_mix = [&](Operand& a, Operand& b) {
    if (is_interface(a.type) || is_interface(b.type)) return true;
    if (is_boolean(a.type) != is_boolean(b.type)) return false;
    if (is_string(a.type) != is_string(b.type)) return false;
    if (a.is_nil() && !has_nil(b.type)) return false;
    if (b.is_nil() && !has_nil(a.type)) return false;
    return true;
  };
  if (can_mix(x, y)) {
    convert_untyped(x, y.type);
    if (x.invalid()) return;
    convert_untyped(y, x.type);
    if (y.invalid()) x.set_invalid();
  }
}

// binary_chain checks a chain a + b + c + ..., e, whose left operand is a
// binary expression too, as the recursion binary -> expr -> expr_internal ->
// binary would, but iteratively down the left operands: the parser accepts
// chains of any length (gc: 100k terms and more), and a stack frame per
// term could overflow. Only the right operands recurse, and their depth is
// bounded by the parser's nesting limit.
void Checker::binary_chain(Operand& x, ast::BinaryExpr* e) {
  std::vector<ast::BinaryExpr*> spine;  // e and the binary left operands below it
  ast::Expr* leftmost = e;
  for (auto* b = e; b != nullptr; b = ast::dyn_cast<ast::BinaryExpr>(leftmost)) {
    spine.push_back(b);
    leftmost = b->x;
  }
  expr(x, leftmost);
  for (size_t i = spine.size(); i-- > 0;) {
    ast::BinaryExpr* b = spine[i];
    binary_rhs(x, b, b->x, b->y, b->op, b->pos);
    if (i == 0) break;  // e itself: expr_internal's caller finishes it
    // What expr_internal, raw_expr and expr do after binary returns, as
    // for the left operand of spine[i - 1].
    x.expr = b;
    if (x.mode == Mode::Invalid) x.type = types_.invalid();
    record_operand(x);
    exclude(x, mode_bit(Mode::NoValue) | mode_bit(Mode::BuiltinMode) | mode_bit(Mode::TypeExpr));
    single_value(x);
  }
}

void Checker::binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, TokenKind op,
                     Pos op_pos) {
  expr(x, lhs);
  binary_rhs(x, e, lhs, rhs, op, op_pos);
}

// The rest of binary once x holds the evaluated lhs.
void Checker::binary_rhs(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, TokenKind op,
                         Pos op_pos) {
  Operand y;
  expr(y, rhs);
  if (x.invalid()) return;
  if (y.invalid()) {
    x.set_invalid();
    x.expr = y.expr;
    return;
  }
  if (is_shift(op)) {
    shift(x, y, e, op);
    return;
  }
  match_types(x, y);
  if (x.invalid()) return;
  if (is_comparison(op)) {
    comparison(x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (!is_invalid(x.type) && !is_invalid(y.type)) {
      if (e != nullptr) {
        errorf_invalid_op(x.expr, expr_str(e) + " (mismatched types " + type_str(x.type) + " and " +
                                      type_str(y.type) + ")");
      } else {
        errorf_invalid_op(x.expr, expr_str(lhs) + " " + std::string(op_spelling(op)) + "= " +
                                      expr_str(rhs) + " (mismatched types " + type_str(x.type) +
                                      " and " + type_str(y.type) + ")");
      }
    }
    x.set_invalid();
    return;
  }
  std::string why;
  if (!op_predicate(x, op, true, &why)) {
    errorf_invalid_op(x.expr, why);
    x.set_invalid();
    return;
  }
  if (op == TokenKind::Div || op == TokenKind::Rem) {
    if ((x.mode == Mode::Constant || is_integer(x.type)) && y.mode == Mode::Constant &&
        y.val.kind() != constant::Kind::Unknown && constant::sign(y.val) == 0) {
      errorf_invalid_op(y.expr, "division by zero");
      x.set_invalid();
      return;
    }
    if (x.mode == Mode::Constant && y.mode == Mode::Constant && is_complex(x.type)) {
      constant::Value re = constant::real(y.val), im = constant::imag(y.val);
      constant::Value re2 = constant::binary_op(re, constant::BinaryOp::Mul, re);
      constant::Value im2 = constant::binary_op(im, constant::BinaryOp::Mul, im);
      if (constant::sign(re2) == 0 && constant::sign(im2) == 0) {
        errorf_invalid_op(y.expr, "division by zero");
        x.set_invalid();
        return;
      }
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x.val.kind() == constant::Kind::Unknown || y.val.kind() == constant::Kind::Unknown) {
      x.val = constant::make_unknown();
      return;
    }
    auto bop = const_binary_op(op, op == TokenKind::Div && is_integer(x.type));
    x.val = constant::binary_op(x.val, *bop, y.val);
    x.expr = e;
    overflow(x, op_pos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand& x, Operand& y, ast::Expr* e, TokenKind op) {
  constant::Value xval;
  bool has_xval = false;
  if (x.mode == Mode::Constant) {
    xval = constant::to_int(x.val);
    has_xval = true;
  }
  if (is_integer(x.type) ||
      (is_untyped(x.type) && has_xval && xval.kind() == constant::Kind::Int)) {
    // ok
  } else {
    errorf_invalid_op(x.expr, "shifted operand " + describe(x) + " must be integer");
    x.set_invalid();
    return;
  }
  constant::Value yval;
  if (y.mode == Mode::Constant) {
    yval = constant::to_int(y.val);
    if (yval.kind() == constant::Kind::Int && constant::sign(yval) < 0) {
      errorf_invalid_op(y.expr, "negative shift count " + describe(y));
      x.set_invalid();
      return;
    }
    if (is_untyped(y.type)) {
      representable(y, types_.basic(BasicKind::Uint));
      if (y.invalid()) {
        x.set_invalid();
        return;
      }
    }
  } else {
    if (is_integer(y.type)) {
      // ok
    } else if (is_untyped(y.type)) {
      convert_untyped(y, types_.basic(BasicKind::Uint));
      if (y.invalid()) {
        x.set_invalid();
        return;
      }
    } else {
      errorf_invalid_op(y.expr, "shift count " + describe(y) + " must be integer");
      x.set_invalid();
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      if (x.val.kind() == constant::Kind::Unknown || y.val.kind() == constant::Kind::Unknown) {
        x.val = constant::make_unknown();
        if (!is_integer(x.type)) x.type = types_.basic(BasicKind::UntypedInt);
        return;
      }
      auto s = constant::uint64_val(yval);
      if (!s.exact || s.value > constant::kMaxShiftCount) {
        errorf_invalid_op(y.expr, "invalid shift count " + describe(y));
        x.set_invalid();
        return;
      }
      if (!is_integer(x.type)) x.type = types_.basic(BasicKind::UntypedInt);
      x.val = constant::shift(
          xval, op == TokenKind::Shl ? constant::ShiftOp::Shl : constant::ShiftOp::Shr,
          static_cast<unsigned>(s.value));
      x.expr = e;
      overflow(x, e->pos);
      return;
    }
    if (is_untyped(x.type)) {
      if (auto it = untyped_.find(x.expr); it != untyped_.end()) it->second.is_lhs = true;
      x.mode = Mode::Value;
      return;
    }
  }
  if (!is_integer(x.type)) {
    errorf_invalid_op(x.expr, "shifted operand " + describe(x) + " must be integer");
    x.set_invalid();
    return;
  }
  x.mode = Mode::Value;
}

void Checker::comparison(Operand& x, Operand& y, TokenKind op, bool switch_case) {
  if (is_invalid(x.type) || is_invalid(y.type)) {
    x.set_invalid();
    return;
  }
  if (switch_case) op = TokenKind::Eql;
  Operand* err_op = &x;
  std::string cause;
  bool ok = assignable_to(x, y.type, nullptr) || assignable_to(y, x.type, nullptr);
  if (!ok) {
    err_op = &y;
    cause = "mismatched types " + type_str(x.type) + " and " + type_str(y.type);
  } else if (op == TokenKind::Eql || op == TokenKind::Neq) {
    if (x.is_nil() || y.is_nil()) {
      Type* typ = x.is_nil() ? y.type : x.type;
      if (!has_nil(typ)) {
        err_op = &y;
        ok = false;
      }
    } else if (!comparable(x.type, nullptr, pkg_)) {
      err_op = &x;
      cause = incomparable_cause(x.type);
      ok = false;
    } else if (!comparable(y.type, nullptr, pkg_)) {
      err_op = &y;
      cause = incomparable_cause(y.type);
      ok = false;
    }
  } else {
    if (!is_ordered(x.type)) {
      err_op = &x;
      ok = false;
    } else if (!is_ordered(y.type)) {
      err_op = &y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause.empty()) {
      cause = "operator " + std::string(op_spelling(op)) + " not defined on " +
              kind_string(err_op->type);
    }
    if (switch_case) {
      error_at(x.expr, "invalid case " + expr_str(x.expr) + " in switch on " + expr_str(y.expr) +
                           " (" + cause + ")");
    } else {
      errorf_invalid_op(err_op->expr, expr_str(x.expr) + " " + std::string(op_spelling(op)) + " " +
                                          expr_str(y.expr) + " (" + cause + ")");
    }
    x.set_invalid();
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = constant::make_bool(constant::compare(x.val, compare_op_of(op), y.val));
  } else {
    x.mode = Mode::Value;
    update_expr_type(x.expr, default_type(x.type), true);
    update_expr_type(y.expr, default_type(y.type), true);
  }
  x.type = types_.basic(BasicKind::UntypedBool);
}

std::string Checker::incomparable_cause(Type* t) {
  switch (under(t)->kind) {
    case TypeKind::Slice:
    case TypeKind::Signature:
    case TypeKind::Map:
      return kind_string(t) + " can only be compared to nil";
    default:
      break;
  }
  std::string why;
  comparable(t, &why, pkg_);
  return why;
}

}  // namespace gocxx::check
