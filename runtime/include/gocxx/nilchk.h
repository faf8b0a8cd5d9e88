// This file implements the nil check of pointer dereferences the emitter cannot prove safe.
//
// Go:                 C++:
//   x := *p             auto x = gocxx::deref(p);
//   p.f = 1             gocxx::deref(p).f = 1;
// A nil p panics "runtime error: invalid memory address or nil pointer dereference" (a Go
// panic, recoverable), where a plain `*p` would crash the process.
#pragma once

namespace gocxx {

[[noreturn]] void panic_nil_deref();

template <class T>
inline T& deref(T* p) {
  if (p == nullptr) [[unlikely]]
    panic_nil_deref();
  return *p;
}

}  // namespace gocxx
