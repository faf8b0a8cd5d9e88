// This file implements the initialization order of package-level variables
// and the report of initialization cycles (types2's initorder.go): a
// dependency graph of constants, variables and functions, functions
// eliminated by connecting their callers to their callees, then variables
// emitted in order of fewest dependencies, ties broken by source order.

#include <algorithm>
#include <set>
#include <tuple>

#include "check/checker.h"

namespace gocxx::check {

namespace {

struct Node {
  Object* obj;
  std::set<Node*> succ;  // nodes this one depends on
  std::set<Node*> pred;  // nodes depending on this one
  int ndeps = 0;
  bool done = false;
};

}  // namespace

bool Checker::find_path(Object* from, Object* to, std::set<Object*>& seen,
                        std::vector<Object*>& path) {
  if (!seen.insert(from).second) return false;
  auto it = obj_map_.find(from);
  if (it == obj_map_.end()) return false;
  std::vector<Object*> deps(it->second->deps.begin(), it->second->deps.end());
  std::sort(deps.begin(), deps.end(), [](Object* a, Object* b) { return a->order < b->order; });
  for (Object* d : deps) {
    if (d == to) {
      path.push_back(d);
      return true;
    }
    if (find_path(d, to, seen, path)) {
      path.push_back(d);
      return true;
    }
  }
  return false;
}

void Checker::init_order() {
  std::vector<std::unique_ptr<Node>> storage;
  std::unordered_map<Object*, Node*> M;
  std::vector<std::pair<Object*, DeclInfo*>> objs(obj_map_.begin(), obj_map_.end());
  std::sort(objs.begin(), objs.end(),
            [](auto& a, auto& b) { return a.second->seq < b.second->seq; });
  for (auto& [obj, d] : objs) {
    if (isa<Const>(obj) || isa<Var>(obj) || isa<Func>(obj)) {
      storage.push_back(std::make_unique<Node>(Node{obj, {}, {}, 0, false}));
      M[obj] = storage.back().get();
    }
  }
  for (auto& [obj, d] : objs) {
    auto it = M.find(obj);
    if (it == M.end()) continue;
    for (Object* dep : d->deps) {
      auto jt = M.find(dep);
      if (jt == M.end()) continue;
      it->second->succ.insert(jt->second);
      jt->second->pred.insert(it->second);
    }
  }
  // Eliminate functions, cheapest first.
  std::vector<Node*> funcs, G;
  for (auto& n : storage) (isa<Func>(n->obj) ? funcs : G).push_back(n.get());
  std::stable_sort(funcs.begin(), funcs.end(), [](Node* a, Node* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (Node* n : funcs) {
    for (Node* p : n->pred) {
      if (p == n) continue;
      for (Node* s : n->succ) {
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (Node* s : n->succ) s->pred.erase(n);
  }
  for (Node* n : G) n->ndeps = static_cast<int>(n->succ.size());
  // Priority queue of (dependencies left, source order): a node's key only
  // decreases, so it is erased and reinserted on each update.
  using Key = std::tuple<int, uint32_t, Node*>;
  std::set<Key> queue;
  for (Node* n : G) queue.insert({n->ndeps, n->obj->order, n});
  std::set<DeclInfo*> emitted;
  while (!queue.empty()) {
    Node* best = std::get<2>(*queue.begin());
    queue.erase(queue.begin());
    best->done = true;
    if (best->ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> cycle;
      if (find_path(best->obj, best->obj, seen, cycle)) report_init_cycle(cycle);
    }
    for (Node* p : best->pred) {
      if (p->done) continue;
      queue.erase({p->ndeps, p->obj->order, p});
      --p->ndeps;
      queue.insert({p->ndeps, p->obj->order, p});
    }
    auto* v = dyn_cast<Var>(best->obj);
    if (v == nullptr) continue;
    DeclInfo* d = obj_map_[v];
    if (d->init == nullptr || !emitted.insert(d).second) continue;
    Initializer init;
    init.lhs = d->lhs.empty() ? std::vector<Var*>{v} : d->lhs;
    init.rhs = d->init;
    info_.init_order.push_back(std::move(init));
  }
}

void Checker::report_init_cycle(const std::vector<Object*>& cycle) {
  Object* obj = cycle[0];
  auto b = report(obj->pos, "initialization loop for " + std::string(obj->name));
  for (size_t i = cycle.size(); i > 0; --i) {
    b.note("\t" + pos_string(obj->pos) + ": " + std::string(obj->name) + " refers to");
    obj = cycle[i - 1];
  }
  b.note("\t" + pos_string(obj->pos) + ": " + std::string(obj->name));
}

}  // namespace gocxx::check
