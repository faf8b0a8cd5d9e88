// This file implements method sets (methodset.h), following go/types' NewMethodSet:
// breadth-first over embedded fields, where a name found twice at one depth (two
// methods, a method and a field, or one type embedded twice) is a collision that is
// in no method set and hides the name at every deeper level, and where the methods
// of an embedded interface sit one level below the field, like those of an embedded
// struct type.

#include "check/methodset.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "check/checker.h"
#include "check/objects.h"

namespace gocxx::check {

namespace {

// An object's identity for hiding: its name, qualified by package when unexported
// (go/types' Id).
std::string id(const Object* o) {
  std::string s(o->name);
  if (!o->exported() && o->pkg != nullptr)
    s += "@" + std::to_string(reinterpret_cast<uintptr_t>(o->pkg));
  return s;
}

// A type reached at the current depth: through path, by way of a pointer (indirect),
// or more than once (multiples: all its names collide).
struct Embedded {
  Type* t;
  std::vector<int> path;
  bool indirect;
  bool multiples;
};

// A method, or nullopt for a collision.
using Entries = std::map<std::string, std::optional<MethodEntry>>;

// Adds methods found at one depth; a method already there, or one of a type reached
// more than once, collides. A pointer method of a non-addressable value is not in the
// set but still takes its name at this depth.
void add(Entries& set, const std::vector<Func*>& methods, const std::vector<int>& path,
         bool indirect, bool multiples) {
  for (Func* m : methods) {
    std::string key = id(m);
    if (!multiples && !set.count(key) && (indirect || !m->has_ptr_recv)) {
      set[key] = MethodEntry{m, path};
      continue;
    }
    set[key] = std::nullopt;
  }
}

// Merges the entries of one identical type reached by several paths into one with
// multiples set.
std::vector<Embedded> consolidate(std::vector<Embedded> list) {
  std::vector<Embedded> out;
  for (Embedded& e : list) {
    auto same = std::find_if(out.begin(), out.end(),
                             [&](const Embedded& o) { return identical(o.t, e.t); });
    if (same != out.end()) {
      same->multiples = true;
      continue;
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

std::vector<MethodEntry> method_set(Type* t) {
  bool ptr = false;
  Type* base = t;
  if (auto* p = dyn_cast<Pointer>(t)) {
    ptr = true;
    base = p->elem;
    if (isa<Pointer>(base) || (is_interface(base))) return {};  // **T and *I have no methods
  }
  Entries found;  // every name decided so far, shallowest first
  std::set<std::string> seen;
  std::vector<Embedded> current = {{base, {}, ptr, false}};
  while (!current.empty()) {
    std::vector<Embedded> next;
    std::set<std::string> fields;  // field names at this depth
    Entries here;
    for (Embedded& e : current) {
      if (auto* n = dyn_cast<Named>(e.t)) {
        if (!seen.insert(type_string(n)).second) continue;
        add(here, n->methods, e.path, e.indirect, e.multiples);
      }
      Type* u = under(e.t);
      if (auto* s = dyn_cast<Struct>(u)) {
        for (size_t i = 0; i < s->fields.size(); i++) {
          Var* f = s->fields[i];
          fields.insert(id(f));
          if (!f->embedded) continue;
          auto path = e.path;
          path.push_back(int(i));
          Type* ft = f->type;
          bool fptr = false;
          if (auto* p = dyn_cast<Pointer>(ft)) {
            ft = p->elem;
            fptr = true;
          }
          next.push_back({ft, std::move(path), e.indirect || fptr, e.multiples});
        }
      } else if (auto* ifc = dyn_cast<Interface>(u)) {
        add(here, ifc->all_methods, e.path, true, e.multiples);
      }
    }
    // A field collides with a method of its name at this depth; either hides deeper ones.
    for (auto& [k, m] : here) {
      if (!found.count(k)) found[k] = fields.count(k) ? std::nullopt : m;
    }
    for (const std::string& k : fields) found.emplace(k, std::nullopt);
    current = consolidate(std::move(next));
  }
  std::vector<MethodEntry> out;
  for (auto& [k, m] : found) {
    if (m) out.push_back(*m);
  }
  std::stable_sort(out.begin(), out.end(), [](const MethodEntry& a, const MethodEntry& b) {
    return a.m->name < b.m->name;
  });
  return out;
}

}  // namespace gocxx::check
