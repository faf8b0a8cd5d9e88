// This file implements the checking of calls to predeclared functions
// (append, cap, close, complex, copy, delete, imag, len, make, new, panic,
// print, println, real, recover) and unsafe's Sizeof/Alignof/Offsetof
// (types2's builtins.go).

#include "check/checker.h"
#include "check/constant/ops.h"

namespace gocxx::check {

namespace {

struct BuiltinInfo {
  const char* name;
  size_t nargs;
  bool variadic;
};

BuiltinInfo info_of(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append:
      return {"append", 1, true};
    case BuiltinId::Cap:
      return {"cap", 1, false};
    case BuiltinId::Close:
      return {"close", 1, false};
    case BuiltinId::Complex:
      return {"complex", 2, false};
    case BuiltinId::Copy:
      return {"copy", 2, false};
    case BuiltinId::Delete:
      return {"delete", 2, false};
    case BuiltinId::Imag:
      return {"imag", 1, false};
    case BuiltinId::Len:
      return {"len", 1, false};
    case BuiltinId::Make:
      return {"make", 1, true};
    case BuiltinId::New:
      return {"new", 1, false};
    case BuiltinId::Panic:
      return {"panic", 1, false};
    case BuiltinId::Print:
      return {"print", 0, true};
    case BuiltinId::Println:
      return {"println", 0, true};
    case BuiltinId::Real:
      return {"real", 1, false};
    case BuiltinId::Recover:
      return {"recover", 0, false};
    case BuiltinId::UnsafeSizeof:
      return {"Sizeof", 1, false};
    case BuiltinId::UnsafeAlignof:
      return {"Alignof", 1, false};
    case BuiltinId::UnsafeOffsetof:
      return {"Offsetof", 1, false};
  }
  return {"?", 0, false};
}

}  // namespace

bool Checker::builtin(Operand& x, ast::CallExpr* call, BuiltinId id) {
  BuiltinInfo bin = info_of(id);
  if (call->has_dots && id != BuiltinId::Append) {
    errorf_invalid_op(call, "invalid use of ... with built-in " + std::string(bin.name));
    use_exprs(call->args);
    return false;
  }
  bool saved_call_or_recv = env_.has_call_or_recv;
  if (id == BuiltinId::Len || id == BuiltinId::Cap) env_.has_call_or_recv = false;
  struct Restore {
    Env& env;
    bool saved;
    bool active;
    ~Restore() {
      if (active) env.has_call_or_recv = saved;
    }
  } restore{env_, saved_call_or_recv, id == BuiltinId::Len || id == BuiltinId::Cap};

  std::vector<Operand> xlist;
  size_t nargs = call->args.size();
  bool special = id == BuiltinId::Make || id == BuiltinId::New || id == BuiltinId::UnsafeOffsetof;
  if (!special) {
    bool comma_ok = false;
    expr_list(xlist, call->args, false, &comma_ok);
    nargs = xlist.size();
    if (nargs > 0) {
      x = xlist[0];
      if (x.invalid()) return false;
    }
  }
  {
    std::string msg;
    if (nargs < bin.nargs) {
      msg = "not enough";
    } else if (!bin.variadic && nargs > bin.nargs) {
      msg = "too many";
    }
    if (!msg.empty()) {
      errorf_invalid_op(call, msg + " arguments for " + expr_str(call) + " (expected " +
                                  std::to_string(bin.nargs) + ", found " + std::to_string(nargs) +
                                  ")");
      return false;
    }
  }
  auto arg = [&](Operand& out, size_t i) { out = xlist[i]; };

  switch (id) {
    case BuiltinId::Append: {
      Type* S = x.type;
      auto* s = dyn_cast<Slice>(under(S));
      if (s == nullptr) {
        std::string cause = x.is_nil() ? "have untyped nil" : "have " + describe(x);
        error_at(x.expr, "first argument to append must be a slice; " + cause);
        return false;
      }
      if (nargs == 2 && call->has_dots) {
        Operand y;
        arg(y, 1);
        if (y.invalid()) return false;
        auto* bytes = dyn_cast<Slice>(under(S));
        if (bytes != nullptr && is_basic_kind(bytes->elem, BasicKind::Uint8) && is_string(y.type)) {
          if (is_untyped(y.type)) convert_untyped(y, types_.basic(BasicKind::String));
          x.mode = Mode::Value;
          x.type = S;
          break;
        }
      }
      auto* sig = types_.make<Signature>();
      sig->params = types_.make<Tuple>();
      sig->params->vars.push_back(prog_.objects.make<Var>("", Pos(), nullptr, S));
      sig->params->vars.push_back(
          prog_.objects.make<Var>("", Pos(), nullptr, types_.make<Slice>(s->elem)));
      sig->results = types_.empty_tuple();
      sig->variadic = true;
      arguments(call, sig, xlist, call->fun, call->args);
      x.mode = Mode::Value;
      x.type = S;
      break;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      Mode mode = Mode::Invalid;
      constant::Value val;
      Type* u = under(x.type);
      if (auto* p = dyn_cast<Pointer>(u)) {
        if (auto* a = dyn_cast<Array>(under(p->elem))) u = a;
      }
      switch (u->kind) {
        case TypeKind::Basic:
          if (is_string(u) && id == BuiltinId::Len) {
            if (x.mode == Mode::Constant) {
              mode = Mode::Constant;
              val = constant::make_int64(static_cast<int64_t>(constant::string_val(x.val).size()));
            } else {
              mode = Mode::Value;
            }
          }
          break;
        case TypeKind::Array: {
          mode = Mode::Value;
          if (!env_.has_call_or_recv) {
            mode = Mode::Constant;
            int64_t len = static_cast<Array*>(u)->len;
            val = len >= 0 ? constant::make_int64(len) : constant::make_unknown();
          }
          break;
        }
        case TypeKind::Slice:
        case TypeKind::Chan:
          mode = Mode::Value;
          break;
        case TypeKind::Map:
          if (id == BuiltinId::Len) mode = Mode::Value;
          break;
        default:
          break;
      }
      if (mode == Mode::Invalid) {
        if (!is_invalid(under(x.type))) {
          error_at(x.expr, "invalid argument: " + describe(x) + " for " + bin.name);
        }
        return false;
      }
      x.mode = mode;
      x.type = types_.basic(BasicKind::Int);
      x.val = val;
      break;
    }
    case BuiltinId::Close: {
      auto* ch = dyn_cast<Chan>(under(x.type));
      if (ch == nullptr) {
        errorf_invalid_op(x.expr, "cannot close non-channel " + describe(x));
        return false;
      }
      if (ch->dir == ChanDir::RecvOnly) {
        errorf_invalid_op(x.expr, "cannot close receive-only channel " + describe(x));
        return false;
      }
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Complex: {
      Operand y;
      arg(y, 1);
      if (y.invalid()) return false;
      int d = (is_untyped(x.type) ? 1 : 0) | (is_untyped(y.type) ? 2 : 0);
      switch (d) {
        case 1:
          convert_untyped(x, y.type);
          break;
        case 2:
          convert_untyped(y, x.type);
          break;
        case 3:
          if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
            auto to_float = [&](Operand& o) {
              if (is_numeric(o.type) && constant::sign(constant::imag(o.val)) == 0) {
                o.type = types_.basic(BasicKind::UntypedFloat);
              }
            };
            to_float(x);
            to_float(y);
          } else {
            convert_untyped(x, types_.basic(BasicKind::Float64));
            convert_untyped(y, types_.basic(BasicKind::Float64));
          }
          break;
        default:
          break;
      }
      if (x.invalid() || y.invalid()) return false;
      if (!identical(x.type, y.type)) {
        errorf_invalid_op(x.expr, expr_str(call) + " (mismatched types " + type_str(x.type) +
                                      " and " + type_str(y.type) + ")");
        return false;
      }
      Type* res = nullptr;
      if (auto* b = dyn_cast<Basic>(under(x.type))) {
        if (b->basic_kind == BasicKind::Float32) res = types_.basic(BasicKind::Complex64);
        if (b->basic_kind == BasicKind::Float64) res = types_.basic(BasicKind::Complex128);
        if (b->basic_kind == BasicKind::UntypedFloat) res = types_.basic(BasicKind::UntypedComplex);
      }
      if (res == nullptr) {
        error_at(x.expr, "invalid argument: arguments have type " + type_str(x.type) +
                             ", expected floating-point");
        return false;
      }
      if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
        x.val = constant::binary_op(constant::to_float(x.val), constant::BinaryOp::Add,
                                    constant::make_imag(constant::to_float(y.val)));
      } else {
        x.mode = Mode::Value;
      }
      x.type = res;
      break;
    }
    case BuiltinId::Copy: {
      auto* dst = dyn_cast<Slice>(under(x.type));
      Operand y;
      arg(y, 1);
      if (y.invalid()) return false;
      Type* src0 = under(y.type);
      Slice* src = dyn_cast<Slice>(src0);
      Slice byte_slice(types_.byte_type());
      if (is_string(src0)) src = &byte_slice;
      if (dst == nullptr || src == nullptr) {
        error_at(x.expr, "invalid argument: copy expects slice arguments; found " + describe(x) +
                             " and " + describe(y));
        return false;
      }
      if (!identical(dst->elem, src->elem)) {
        error_at(x.expr, "invalid argument: arguments to copy " + describe(x) + " and " +
                             describe(y) + " have different element types " + type_str(dst->elem) +
                             " and " + type_str(src->elem));
        return false;
      }
      if (is_untyped(y.type)) convert_untyped(y, types_.basic(BasicKind::String));
      x.mode = Mode::Value;
      x.type = types_.basic(BasicKind::Int);
      break;
    }
    case BuiltinId::Delete: {
      auto* m = dyn_cast<Map>(under(x.type));
      if (m == nullptr) {
        error_at(x.expr, "invalid argument: " + describe(x) + " is not a map");
        return false;
      }
      arg(x, 1);
      if (x.invalid()) return false;
      assignment(x, m->key, "argument to delete");
      if (x.invalid()) return false;
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Imag:
    case BuiltinId::Real: {
      if (is_untyped(x.type)) {
        if (x.mode == Mode::Constant) {
          if (is_numeric(x.type)) x.type = types_.basic(BasicKind::UntypedComplex);
        } else {
          convert_untyped(x, types_.basic(BasicKind::Complex128));
          if (x.invalid()) return false;
        }
      }
      Type* res = nullptr;
      if (auto* b = dyn_cast<Basic>(under(x.type))) {
        if (b->basic_kind == BasicKind::Complex64) res = types_.basic(BasicKind::Float32);
        if (b->basic_kind == BasicKind::Complex128) res = types_.basic(BasicKind::Float64);
        if (b->basic_kind == BasicKind::UntypedComplex) res = types_.basic(BasicKind::UntypedFloat);
      }
      if (res == nullptr) {
        error_at(x.expr, "invalid argument: argument has type " + type_str(x.type) +
                             ", expected complex type");
        return false;
      }
      if (x.mode == Mode::Constant) {
        x.val = id == BuiltinId::Real ? constant::real(x.val) : constant::imag(x.val);
      } else {
        x.mode = Mode::Value;
      }
      x.type = res;
      break;
    }
    case BuiltinId::Make: {
      ast::Expr* arg0 = call->args[0];
      Type* T = var_type(arg0);
      if (is_invalid(T)) return false;
      size_t min = 0;
      switch (under(T)->kind) {
        case TypeKind::Slice:
          min = 2;
          break;
        case TypeKind::Map:
        case TypeKind::Chan:
          min = 1;
          break;
        default:
          error_at(arg0, "invalid argument: cannot make " + expr_str(arg0) +
                             "; type must be slice, map, or channel");
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        errorf_invalid_op(call, expr_str(call) + " expects " + std::to_string(min) + " or " +
                                    std::to_string(min + 1) + " arguments; found " +
                                    std::to_string(nargs));
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); ++i) {
        Operand tmp;
        int64_t size = index(call->args[i], -1, false, &tmp);
        if (size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) {
        error_at(call->args[1], "invalid argument: length and capacity swapped");
      }
      x.mode = Mode::Value;
      x.type = T;
      break;
    }
    case BuiltinId::New: {
      Type* T = var_type(call->args[0]);
      if (is_invalid(T)) return false;
      x.mode = Mode::Value;
      x.type = types_.make<Pointer>(T);
      break;
    }
    case BuiltinId::Panic: {
      if (env_.sig != nullptr && env_.sig->results->size() > 0) panic_calls_.insert(call);
      assignment(x, universe_any(prog_), "argument to panic");
      if (x.invalid()) return false;
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      for (size_t i = 0; i < nargs; ++i) {
        if (i > 0) arg(x, i);
        assignment(x, nullptr, std::string("argument to ") + bin.name);
        if (x.invalid()) return false;
      }
      x.mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Recover:
      x.mode = Mode::Value;
      x.type = universe_any(prog_);
      break;
    case BuiltinId::UnsafeSizeof:
    case BuiltinId::UnsafeAlignof:
    case BuiltinId::UnsafeOffsetof:
      error_at(call, "unsafe." + std::string(bin.name) + " is not supported by gocxx");
      use_exprs(call->args);
      return false;
  }
  return true;
}

}  // namespace gocxx::check
