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

// The receiver of value method T.M called through a nil *T (an interface holding a nil *T):
// Go's wrapper panics with runtime.panicwrap's plain error, `msg` ("value method main.T.M
// called using nil *T pointer").
[[noreturn]] void panic_value_receiver(const char* msg);

template <class T>
inline T& deref_value_receiver(T* p, const char* msg) {
  if (p == nullptr) [[unlikely]]
    panic_value_receiver(msg);
  return *p;
}

}  // namespace gocxx
