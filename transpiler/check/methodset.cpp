// This file implements method sets (methodset.h).

#include "check/methodset.h"

#include <map>
#include <set>
#include <string>

#include "check/objects.h"

namespace gocxx::check {

// A method of a concrete type reached through embedding: the path of
// embedded fields and the method.
std::vector<MethodEntry> method_set(Type* t) {
  std::vector<MethodEntry> out;
  std::map<std::string, MethodEntry> by_name;
  bool ptr = false;
  Type* base = t;
  if (auto* p = dyn_cast<Pointer>(t)) {
    ptr = true;
    base = p->elem;
    if (isa<Pointer>(base)) return out;  // **T has no methods
  }
  // Breadth-first over embedded fields: shallower methods win.
  struct Item { Type* t; std::vector<int> path; bool addressable; };
  std::vector<Item> level = {{base, {}, ptr}};
  std::set<std::string> seen_types;
  while (!level.empty()) {
    std::vector<Item> next;
    std::map<std::string, MethodEntry> found;
    for (Item& it : level) {
      Type* x = it.t;
      bool is_ptr = false;
      if (auto* p = dyn_cast<Pointer>(x)) { x = p->elem; is_ptr = true; }
      if (auto* n = dyn_cast<Named>(x)) {
        if (!seen_types.insert(type_string(n)).second) continue;
        for (Func* m : n->methods) {
          if (m->has_ptr_recv && !(it.addressable || is_ptr)) continue;
          std::string key(m->name);
          if (!by_name.count(key) && !found.count(key)) found[key] = {m, it.path};
        }
      }
      if (auto* s = dyn_cast<Struct>(under(x))) {
        for (size_t i = 0; i < s->fields.size(); i++) {
          if (!s->fields[i]->embedded) continue;
          auto path = it.path;
          path.push_back(int(i));
          Type* ft = s->fields[i]->type;
          if (is_interface(ft)) {
            auto* ifc = static_cast<Interface*>(under(ft));
            for (Func* m : ifc->all_methods) {
              std::string key(m->name);
              if (!by_name.count(key) && !found.count(key)) found[key] = {m, path};
            }
            continue;
          }
          next.push_back({ft, path, it.addressable || is_ptr || isa<Pointer>(ft)});
        }
      }
    }
    for (auto& [k, v] : found) by_name.emplace(k, v);
    level = std::move(next);
  }
  for (auto& [k, v] : by_name) out.push_back(v);
  return out;
}

}  // namespace gocxx::check
