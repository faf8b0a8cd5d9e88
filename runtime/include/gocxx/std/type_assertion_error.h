// This file implements gocxx::TypeAssertionError, the representation of package runtime's
// TypeAssertionError (runtime/std/runtime/runtime.go): the panic value of a failed type
// assertion. Same layout as the record src/iface.cpp panics with (its text is built when the
// panic starts, so Error() only returns it).
#pragma once

#include "gocxx/value.h"

namespace gocxx {

struct TypeAssertionError {
  String message;
  const Type* iface = nullptr;     // the operand's static interface type (nil: "interface")
  const Type* concrete = nullptr;  // its dynamic type (nil: the operand was nil)
  const Type* asserted = nullptr;
  const char* missing = nullptr;  // the first missing method, for assertions to interfaces

  friend bool operator==(const TypeAssertionError& a, const TypeAssertionError& b) {
    return a.message == b.message && a.iface == b.iface && a.concrete == b.concrete &&
           a.asserted == b.asserted && a.missing == b.missing;
  }
};

}  // namespace gocxx
