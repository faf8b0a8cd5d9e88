// This file implements composite literals and type assertions.
//
//   Point{Y: 2}             ->  go::main::Point{.Y = 2}
//   [3]int{1, 2}            ->  gocxx::Array<int64_t, 3>{{1, 2, 0}}
//   []string{"a", "b"}      ->  gocxx::Slice<gocxx::String>::from({gocxx::String("a"),
//   gocxx::String("b")}) map[string]int{"a": 1}  ->  gocxx::Map<gocxx::String,
//   int64_t>::from({{gocxx::String("a"), 1}}) &Point{1, 2}            ->
//   gocxx::gc_new<go::main::Point>(go::main::Point{1, 2}) x.(int)                 ->
//   gocxx::assert_to<int64_t>(x, &type_int, &type_any) v, ok := x.(Stringer)   ->
//   gocxx::assert_iface2(x, &type_Stringer, &type_any)

#include "lower/emitter.h"

namespace gocxx::lower {

std::string Emitter::composite(ast::CompositeLit* e, Type* t) {
  Type* u = under(t);
  if (auto* p = dyn_cast<Pointer>(u)) {
    return "gocxx::gc_new<" + cty(p->elem) + ">(" + composite(e, p->elem) + ")";
  }
  std::string T = cty(t);
  if (auto* s = dyn_cast<Struct>(u)) {
    if (e->elts.empty()) return T + "{}";
    std::vector<ast::Expr*> es;
    std::vector<Type*> ts;
    std::vector<int> field_index;
    for (size_t i = 0; i < e->elts.size(); i++) {
      ast::Expr* el = e->elts[i];
      if (auto* kv = ast::dyn_cast<ast::KeyValueExpr>(el)) {
        auto* key = ast::cast<ast::Ident>(kv->key);
        int idx = 0;
        for (size_t k = 0; k < s->fields.size(); k++)
          if (s->fields[k]->name == key->name) idx = int(k);
        es.push_back(kv->value);
        ts.push_back(s->fields[idx]->type);
        field_index.push_back(idx);
      } else {
        es.push_back(el);
        ts.push_back(s->fields[i]->type);
        field_index.push_back(int(i));
      }
    }
    auto ops = operands(es, ts);
    // Designated initializers must follow declaration order; Go evaluated
    // them in source order already (operands hoisted what had effects).
    std::vector<std::pair<int, std::string>> init;
    for (size_t i = 0; i < ops.size(); i++) init.push_back({field_index[i], ops[i]});
    std::sort(init.begin(), init.end(), [](auto& a, auto& b) { return a.first < b.first; });
    std::string out = T + "{";
    for (size_t i = 0; i < init.size(); i++) {
      Var* f = s->fields[init[i].first];
      out += (i ? ", ." : ".") + (f->name == "_" ? std::string("blank_0") : escape(f->name)) +
             " = " + init[i].second;
    }
    return out + "}";
  }
  if (auto* m = dyn_cast<Map>(u)) {
    if (e->elts.empty()) return T + "::make()";
    std::vector<ast::Expr*> es;
    std::vector<Type*> ts;
    for (ast::Expr* el : e->elts) {
      auto* kv = ast::cast<ast::KeyValueExpr>(el);
      es.push_back(kv->key);
      ts.push_back(m->key);
      es.push_back(kv->value);
      ts.push_back(m->elem);
    }
    auto ops = operands(es, ts);
    std::string out = T + "::from({";
    for (size_t i = 0; i < ops.size(); i += 2)
      out += (i ? ", {" : "{") + ops[i] + ", " + ops[i + 1] + "}";
    return list_value(out + "})", t);
  }
  Type* et = nullptr;
  int64_t n = -1;
  if (auto* a = dyn_cast<Array>(u)) {
    et = a->elem;
    n = a->len;
  } else if (auto* sl = dyn_cast<Slice>(u)) {
    et = sl->elem;
  } else {
    error(e->pos, "internal: unsupported composite literal");
    return "/*?*/";
  }
  // Indices: positional, or given by constant keys.
  std::vector<ast::Expr*> es;
  std::vector<int64_t> idx;
  int64_t next = 0, max = 0;
  for (ast::Expr* el : e->elts) {
    ast::Expr* v = el;
    if (auto* kv = ast::dyn_cast<ast::KeyValueExpr>(el)) {
      const TypeAndValue* ktv = info_.type_of(kv->key);
      next = constant::int64_val(constant::to_int(ktv->value)).value;
      v = kv->value;
    }
    es.push_back(v);
    idx.push_back(next);
    next++;
    if (next > max) max = next;
  }
  std::vector<Type*> ts(es.size(), et);
  auto ops = operands(es, ts);
  int64_t len = n >= 0 ? n : max;
  // Sparse: Go: []int{1 << 31: 1}, [1 << 20]int{5: 1}
  //         C++: gocxx::Slice<int64_t>::from_sparse(2147483648, {{2147483647, 1}}),
  //              gocxx::array_sparse<gocxx::Array<int64_t, 1048576>>({{5, 1}})
  // Spelling out every zero would take the translator gigabytes.
  if (len > 64 && static_cast<uint64_t>(len) > 4 * es.size()) {
    std::string pairs;
    for (size_t i = 0; i < ops.size(); i++)
      pairs += (i ? ", {" : "{") + std::to_string(idx[i]) + ", " + ops[i] + "}";
    if (n >= 0 && es.empty()) return T + "{}";  // [1 << 30]byte{}: zeroed
    if (n >= 0) return list_value("gocxx::array_sparse<" + T + ">({" + pairs + "})", t);
    return list_value(T + "::from_sparse(" + std::to_string(len) + ", {" + pairs + "})", t);
  }
  std::vector<std::string> slots(static_cast<size_t>(len));
  for (size_t i = 0; i < ops.size(); i++) slots[idx[i]] = ops[i];
  std::string zero_v = zero(et);
  std::string list;
  int64_t last = len;
  if (n >= 0) {
    // Trailing zeros are implied by aggregate initialization.
    while (last > 0 && slots[last - 1].empty()) last--;
  }
  for (int64_t i = 0; i < last; i++)
    list += (i ? ", " : "") + (slots[i].empty() ? zero_v : slots[i]);
  if (n >= 0) return list.empty() ? T + "{}" : T + "{{" + list + "}}";
  if (es.empty()) return T + "::make(0)";
  return list_value(T + "::from({" + list + "})", t);
}

// GCC 12 miscompiles (rejects) a std::initializer_list inside a full
// expression that contains co_await: in coroutines, list literals get a
// statement of their own.
std::string Emitter::list_value(const std::string& text, Type* t) {
  if (fn_ == nullptr || !fn_->coroutine) return text;
  return hoist(text, t);
}

std::string Emitter::type_assert(ast::TypeAssertExpr* e, bool comma_ok) {
  comma_ok = comma_ok || info_.comma_ok.count(e);
  Type* to = info_.type_of(e->type)->type;
  Type* from = info_.type_of(e->x)->type;
  std::string x = expr(e->x);
  if (is_interface(to)) {
    bool empty = static_cast<Interface*>(under(to))->all_methods.empty();
    if (comma_ok) {
      std::string r = "gocxx::assert_iface2(" + x + ", " + desc(to) + ", " + desc(from) + ")";
      if (empty) return r;
      return "gocxx::retype<" + cty(to) + ">(" + r + ")";
    }
    std::string r = "gocxx::assert_iface(" + x + ", " + desc(to) + ", " + desc(from) + ")";
    return empty ? r : cty(to) + "{" + r + "}";
  }
  return std::string(comma_ok ? "gocxx::assert_to2<" : "gocxx::assert_to<") + cty(to) + ">(" + x +
         ", " + desc(to) + ", " + desc(from) + ")";
}

}  // namespace gocxx::lower
