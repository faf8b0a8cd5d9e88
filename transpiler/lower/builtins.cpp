// This file implements the builtin functions.
//
//   len(s) / cap(s)       ->  s.len / s.cap  (slices, strings), m.len() (maps, chans), N (arrays)
//   append(s, a, b)       ->  gocxx::append(s, a, b);   append(s, t...) -> gocxx::append_slice(s,
//   t) copy(d, s)            ->  gocxx::copy(d, s) make([]T, n, c)       ->
//   gocxx::Slice<T>::make(n, c) new(T)                ->  gocxx::gc_new<T>() delete(m, k) ->
//   m.del(k) panic(v)              ->  gocxx::panic(gocxx::box<T>(v, &type)) println(a, b) ->
//   gocxx::builtin_println(a, b) recover()             ->  gocxx::recover_direct(rdirect_)
//   (rdirect_: recover_enter at entry)

#include "lower/emitter.h"

namespace gocxx::lower {

// A builtin applied to a multi-value call: copy(f()), delete(h()), append(g()),
// complex(p()), println(f()) -- the values are unpacked from one temporary:
//   n := copy(f(a))  ->  auto t1 = go::main_::f(a); gocxx::copy(std::get<0>(t1), std::get<1>(t1))
std::string Emitter::builtin_spread(ast::CallExpr* e, BuiltinId id) {
  auto vals = unpack(e->args[0]);
  auto at = [&](size_t i, Type* to) {
    return to ? convert_value(vals[i].first, vals[i].second, to) : vals[i].first;
  };
  switch (id) {
    case BuiltinId::Copy:
      return std::string(is_string(under(vals[1].second)) ? "gocxx::copy_string("
                                                          : "gocxx::copy(") +
             at(0, nullptr) + ", " + at(1, nullptr) + ")";
    case BuiltinId::Delete:
      return at(0, nullptr) + ".del(" + at(1, static_cast<Map*>(under(vals[0].second))->key) + ")";
    case BuiltinId::Complex:
      return cty(info_.type_of(e)->type) + "{" + at(0, nullptr) + ", " + at(1, nullptr) + "}";
    case BuiltinId::Append: {
      Type* st = info_.type_of(e)->type;
      std::vector<std::string> ops = {at(0, st)};
      for (size_t i = 1; i < vals.size(); i++)
        ops.push_back(at(i, static_cast<Slice*>(under(st))->elem));
      return ops.size() == 1 ? ops[0] : "gocxx::append(" + join(ops) + ")";
    }
    default: {  // print, println
      std::vector<std::string> ops;
      for (size_t i = 0; i < vals.size(); i++) ops.push_back(at(i, nullptr));
      return std::string(id == BuiltinId::Println ? "gocxx::builtin_println("
                                                  : "gocxx::builtin_print(") +
             join(ops) + ")";
    }
  }
}

std::string Emitter::builtin(ast::CallExpr* e, BuiltinId id) {
  auto arg_type = [&](size_t i) { return info_.type_of(e->args[i])->type; };
  if (e->args.size() == 1 && isa<Tuple>(arg_type(0)) &&
      static_cast<Tuple*>(arg_type(0))->size() > 1) {
    return builtin_spread(e, id);
  }
  Type* int_t = prog_.types.basic(BasicKind::Int);
  switch (id) {
    case BuiltinId::Len:
    case BuiltinId::Cap: {
      Type* u = under(arg_type(0));
      if (auto* p = dyn_cast<Pointer>(u)) u = under(p->elem);
      if (auto* a = dyn_cast<Array>(u)) {
        std::string x = expr(e->args[0]);  // evaluated for its effects
        return "((void)(" + x + "), int64_t(" + std::to_string(a->len) + "))";
      }
      std::string x = expr(e->args[0]);
      bool member = isa<Map>(u) || isa<check::Chan>(u);
      if (isa<Map>(u) && id == BuiltinId::Len) return x + ".len()";
      if (member) return x + (id == BuiltinId::Len ? ".len()" : ".cap()");
      return "(" + x + ")" + (id == BuiltinId::Len ? ".len" : ".cap");
    }
    case BuiltinId::Append: {
      Type* st = info_.type_of(e)->type;
      auto* s = static_cast<Slice*>(under(st));
      if (e->has_dots) {
        auto ops = operands({e->args[0], e->args[1]}, {st, nullptr});
        if (is_string(under(arg_type(1))))
          return "gocxx::append_string(" + ops[0] + ", " + ops[1] + ")";
        return "gocxx::append_slice(" + ops[0] + ", " + ops[1] + ")";
      }
      std::vector<ast::Expr*> es(e->args.begin(), e->args.end());
      std::vector<Type*> ts(es.size(), s->elem);
      ts[0] = st;
      auto ops = operands(es, ts);
      if (ops.size() == 1) return ops[0];
      return "gocxx::append(" + join(ops) + ")";
    }
    case BuiltinId::Copy: {
      auto ops = operands({e->args[0], e->args[1]}, {nullptr, nullptr});
      if (is_string(under(arg_type(1))))
        return "gocxx::copy_string(" + ops[0] + ", " + ops[1] + ")";
      return "gocxx::copy(" + ops[0] + ", " + ops[1] + ")";
    }
    case BuiltinId::Delete: {
      auto* m = static_cast<Map*>(under(arg_type(0)));
      auto ops = operands({e->args[0], e->args[1]}, {nullptr, m->key});
      return ops[0] + ".del(" + ops[1] + ")";
    }
    case BuiltinId::Make: {
      Type* t = info_.type_of(e->args[0])->type;
      std::string T = cty(t);
      std::vector<ast::Expr*> es(e->args.begin() + 1, e->args.end());
      std::vector<Type*> ts(es.size(), int_t);
      auto ops = operands(es, ts);
      return T + "::make(" + join(ops) + ")";
    }
    case BuiltinId::New: {
      Type* t = info_.type_of(e->args[0])->type;
      return "gocxx::gc_new<" + cty(t) + ">()";
    }
    case BuiltinId::Panic: {
      Type* any = nullptr;
      // panic's parameter is interface{}: box the argument with its own type.
      const TypeAndValue* tv = info_.type_of(e->args[0]);
      std::string v;
      if (is_interface(tv->type))
        v = "gocxx::Any(" + expr(e->args[0]) + ")";
      else if (tv->mode == Mode::Constant)
        v = convert_value(
            constant(tv->value, tv->type), tv->type,
            prog_.universe->lookup("any") ? prog_.universe->lookup("any")->type : any);
      else
        v = convert_value(expr(e->args[0]), tv->type, prog_.universe->lookup("any")->type);
      return "gocxx::panic(" + v + ")";
    }
    case BuiltinId::Print:
    case BuiltinId::Println: {
      std::vector<ast::Expr*> es(e->args.begin(), e->args.end());
      std::vector<Type*> ts;
      for (ast::Expr* a : es) {
        const TypeAndValue* tv = info_.type_of(a);
        ts.push_back(tv->mode == Mode::Constant ? tv->type : nullptr);
      }
      auto ops = operands(es, ts);
      return std::string(id == BuiltinId::Println ? "gocxx::builtin_println("
                                                  : "gocxx::builtin_print(") +
             join(ops) + ")";
    }
    case BuiltinId::Close:
      return expr(e->args[0]) + ".close()";
    case BuiltinId::Complex: {
      Type* t = info_.type_of(e)->type;
      auto ops = operands({e->args[0], e->args[1]}, {nullptr, nullptr});
      return cty(t) + "{" + ops[0] + ", " + ops[1] + "}";
    }
    case BuiltinId::Real:
      return "(" + expr(e->args[0]) + ").re";
    case BuiltinId::Imag:
      return "(" + expr(e->args[0]) + ").im";
    case BuiltinId::Recover: {
      if (fn_ == nullptr || fn_->recover_tag.empty()) return "gocxx::Any{}";
      return "gocxx::recover_direct(rdirect_)";
    }
    default:
      error(e->pos, "unsupported: package unsafe");
      return "/*?*/";
  }
}

}  // namespace gocxx::lower
