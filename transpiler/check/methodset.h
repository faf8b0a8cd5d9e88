// This file declares method sets as the lowering and the analysis need
// them: every method callable on a value of a concrete type, promoted
// methods included, with the path of embedded fields that reaches each.

#ifndef GOCXX_CHECK_METHODSET_H_
#define GOCXX_CHECK_METHODSET_H_

#include <vector>

#include "check/types.h"

namespace gocxx::check {

// A method of a concrete type reached through embedding: the indices of the
// embedded fields from the outer struct down, and the method (a method of
// an embedded interface when the path ends at an interface field).
struct MethodEntry {
  const Func* m;
  std::vector<int> path;
};

// The method set of t (T or *T), promoted methods included, sorted by name;
// shallower methods hide deeper ones of the same name.
std::vector<MethodEntry> method_set(Type* t);

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_METHODSET_H_
