// This file implements the helper the value tests share: run code that must panic and return
// the Go panic value's text (Error() for errors, the string itself for string panics) and its
// dynamic type's name.
#pragma once

#include <string>
#include <utility>

#include "gocxx/gocxx.h"

namespace gocxx_test {

struct Panicked {
  std::string text;  // "<no panic>" when f returned normally
  std::string type;  // %T of the panic value
};

template <class F>
Panicked catch_panic(F&& f) {
  try {
    std::forward<F>(f)();
  } catch (const gocxx::PanicException& e) {
    gocxx::Any v = e.record->value;
    Panicked p{"<unprintable>", v.type ? v.type->name : "nil"};
    gocxx::String s;
    if (gocxx::call_error_method(v, &s))
      p.text = std::string(s.view());
    else if (v.type == gocxx::type_of_string())
      p.text = std::string(static_cast<const gocxx::String*>(v.data)->view());
    return p;
  }
  return {"<no panic>", ""};
}

template <class F>
std::string panic_text(F&& f) {
  return catch_panic(std::forward<F>(f)).text;
}

inline std::string str(gocxx::String s) { return std::string(s.view()); }

}  // namespace gocxx_test
