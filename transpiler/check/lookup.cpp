// This file implements field and method lookup through embedded fields and
// interface satisfaction (types2's lookup.go).

#include <strings.h>

#include "check/checker.h"

namespace gocxx::check {

namespace {

bool same_name(const Object* o, const Package* pkg, std::string_view name, bool fold_case) {
  if (name == "_") return false;
  if (fold_case) {
    if (o->name.size() != name.size() ||
        strncasecmp(o->name.data(), name.data(), name.size()) != 0) {
      return false;
    }
  } else if (o->name != name) {
    return false;
  }
  return o->exported() || o->pkg == pkg;
}

struct Embedded {
  Type* type;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

std::pair<Type*, bool> deref(Type* t) {
  if (auto* p = dyn_cast<Pointer>(t)) return {p->elem, true};
  return {t, false};
}

}  // namespace

LookupResult lookup_field_or_method(Type* T, bool addressable, const Package* pkg,
                                    std::string_view name, bool fold_case) {
  LookupResult r;
  if (name == "_" || T == nullptr) return r;
  // A named pointer type has the fields of its base but no methods.
  if (auto* n = dyn_cast<Named>(T)) {
    if (auto* p = dyn_cast<Pointer>(n->underlying)) {
      r = lookup_field_or_method(p, false, pkg, name, fold_case);
      if (isa<Func>(r.obj)) return LookupResult();
      return r;
    }
  }
  auto [typ, is_ptr] = deref(T);
  // *T where T is a pointer or interface has no fields or methods.
  if (is_ptr && (isa<Pointer>(under(typ)) || is_interface(typ))) return r;

  std::vector<Embedded> current{{typ, {}, is_ptr, false}};
  std::vector<const Named*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    Object* found = nullptr;
    std::vector<int> found_index;
    bool found_indirect = false;
    int count = 0;
    for (Embedded& e : current) {
      Type* t = e.type;
      if (auto* n = dyn_cast<Named>(t)) {
        bool dup = false;
        for (const Named* s : seen) dup = dup || s == n;
        if (dup) continue;
        seen.push_back(n);
        bool method_found = false;
        for (size_t i = 0; i < n->methods.size(); ++i) {
          if (same_name(n->methods[i], pkg, name, fold_case)) {
            ++count;
            if (e.multiples) count = 2;
            found = n->methods[i];
            found_index = e.index;
            found_index.push_back(static_cast<int>(i));
            found_indirect = e.indirect;
            method_found = true;
            break;
          }
        }
        if (method_found) continue;  // a method hides the fields of its type
      }
      Type* u = under(t);
      if (auto* st = dyn_cast<Struct>(u)) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          Var* f = st->fields[i];
          if (same_name(f, pkg, name, fold_case)) {
            ++count;
            if (e.multiples) count = 2;
            found = f;
            found_index = e.index;
            found_index.push_back(static_cast<int>(i));
            found_indirect = e.indirect;
            continue;
          }
          if (count == 0 && f->embedded) {
            auto [ft, fptr] = deref(f->type);
            std::vector<int> idx = e.index;
            idx.push_back(static_cast<int>(i));
            next.push_back({ft, std::move(idx), e.indirect || fptr, e.multiples});
          }
        }
      } else if (auto* it = dyn_cast<Interface>(u)) {
        for (size_t i = 0; i < it->all_methods.size(); ++i) {
          if (same_name(it->all_methods[i], pkg, name, fold_case)) {
            ++count;
            if (e.multiples) count = 2;
            found = it->all_methods[i];
            found_index = e.index;
            found_index.push_back(static_cast<int>(i));
            found_indirect = e.indirect;
          }
        }
      }
    }
    if (count > 1) {
      r.ambiguous = true;
      r.index = found_index;
      return r;
    }
    if (found != nullptr) {
      if (auto* f = dyn_cast<Func>(found);
          f != nullptr && f->has_ptr_recv && !found_indirect && !addressable) {
        r.needs_pointer = true;
        r.indirect = true;
        return r;
      }
      r.obj = found;
      r.index = std::move(found_index);
      r.indirect = found_indirect;
      return r;
    }
    // Consolidate: the same type reached twice at one depth is ambiguous.
    std::vector<Embedded> merged;
    for (Embedded& e : next) {
      bool dup = false;
      for (Embedded& m : merged) {
        if (identical(m.type, e.type)) {
          m.multiples = true;
          dup = true;
          break;
        }
      }
      if (!dup) merged.push_back(std::move(e));
    }
    current = std::move(merged);
  }
  return r;
}

LookupResult Checker::lookup(Type* T, bool addressable, const std::string_view& name) {
  LookupResult r = lookup_field_or_method(T, addressable, pkg_, name);
  if (auto* f = dyn_cast<Func>(r.obj); f != nullptr && f->type == nullptr) obj_decl(f, nullptr);
  return r;
}

Func* Checker::missing_method(Type* V, Interface* T, bool is_static, Func** alt) {
  *alt = nullptr;
  if (T->all_methods.empty()) return nullptr;
  if (auto* vi = dyn_cast<Interface>(under(V))) {
    for (Func* m : T->all_methods) {
      Func* f = nullptr;
      for (Func* g : vi->all_methods) {
        if (same_name(g, m->pkg, m->name, false)) f = g;
      }
      if (f == nullptr) {
        if (!is_static) continue;
        return m;
      }
      if (!identical(f->type, m->type)) {
        *alt = f;
        return m;
      }
    }
    return nullptr;
  }
  for (Func* m : T->all_methods) {
    LookupResult r = lookup_field_or_method(V, false, m->pkg, m->name);
    bool found = r.obj != nullptr;
    if (!found) {
      r = lookup_field_or_method(prog_.types.make<Pointer>(V), false, m->pkg, m->name);
      if (r.obj == nullptr) r = lookup_field_or_method(V, false, m->pkg, m->name, true);
    }
    auto* f = dyn_cast<Func>(r.obj);
    if (f == nullptr) return m;
    if (f->type == nullptr) obj_decl(f, nullptr);
    if (!found || !identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::missing_method_reason(Type* V, Type* T, Func* m, Func* alt) {
  std::string mname = std::string(m->name) + " method";
  auto func_string = [&](Func* f) {
    std::string s(f->name);
    if (auto* sig = dyn_cast<Signature>(f->type)) write_signature(s, sig, pkg_);
    return s;
  };
  if (alt != nullptr) {
    if (m->name != alt->name) {
      return "(missing " + mname + ")\n\t\thave " + func_string(alt) + "\n\t\twant " +
             func_string(m);
    }
    if (identical(m->type, alt->type)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + func_string(alt) + "\n\t\twant " +
           func_string(m);
  }
  auto is_iface_ptr = [](Type* t) {
    auto* p = dyn_cast<Pointer>(under(t));
    return p != nullptr && is_interface(p->elem);
  };
  if (is_iface_ptr(V)) return "(type " + type_str(V) + " is pointer to interface, not interface)";
  if (is_iface_ptr(T)) return "(type " + type_str(T) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

bool Checker::implements(Type* V, Type* T, std::string* cause) {
  Type* Vu = under(V);
  Type* Tu = under(T);
  if (is_invalid(Vu) || is_invalid(Tu)) return true;
  if (auto* p = dyn_cast<Pointer>(Vu); p != nullptr && is_invalid(under(p->elem))) return true;
  auto* Ti = dyn_cast<Interface>(Tu);
  if (Ti == nullptr) {
    if (cause != nullptr) {
      auto* p = dyn_cast<Pointer>(Tu);
      std::string why = p != nullptr && is_interface(p->elem)
                            ? "type " + type_str(T) + " is pointer to interface, not interface"
                            : type_str(T) + " is not an interface";
      *cause = type_str(V) + " does not implement " + type_str(T) + " (" + why + ")";
    }
    return false;
  }
  if (Ti->empty()) return true;
  Func* alt = nullptr;
  if (Func* m = missing_method(V, Ti, true, &alt)) {
    if (cause != nullptr) {
      *cause = type_str(V) + " does not implement " + type_str(T) + " " +
               missing_method_reason(V, T, m, alt);
    }
    return false;
  }
  return true;
}

bool Checker::assertable_to(Interface* iface, Type* T, Func** missing, Func** alt) {
  *missing = nullptr;
  if (is_interface(T)) return true;
  *missing = missing_method(T, iface, false, alt);
  return *missing == nullptr;
}

}  // namespace gocxx::check
