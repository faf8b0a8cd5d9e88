// This file implements LLVM-style checked casts for the class hierarchies of
// the frontend (AST nodes, types, objects): isa<T>(p), dyn_cast<T>(p) (null on
// a mismatch or a null input) and cast<T>(p) (asserts). A hierarchy opts in
// with `static bool classof(const Base*)` on each class.

#ifndef GOCXX_BASE_CASTING_H_
#define GOCXX_BASE_CASTING_H_

#include <cassert>

namespace gocxx::base {

template <class To, class From>
bool isa(const From* p) {
  return p != nullptr && To::classof(p);
}
template <class To, class From>
To* dyn_cast(From* p) {
  return isa<To>(p) ? static_cast<To*>(p) : nullptr;
}
template <class To, class From>
const To* dyn_cast(const From* p) {
  return isa<To>(p) ? static_cast<const To*>(p) : nullptr;
}
template <class To, class From>
To* cast(From* p) {
  assert(isa<To>(p));
  return static_cast<To*>(p);
}
template <class To, class From>
const To* cast(const From* p) {
  assert(isa<To>(p));
  return static_cast<const To*>(p);
}

}  // namespace gocxx::base

#endif  // GOCXX_BASE_CASTING_H_
