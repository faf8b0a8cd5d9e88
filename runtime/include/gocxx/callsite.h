// This file declares the call-site chain behind runtime.Caller. Goroutines are coroutines, so
// there is no machine stack to walk; instead every call to a function that reaches
// runtime.Caller by static calls records its Go position for the duration of the call (the
// analysis marks such functions, the emitter wraps their calls):
//
//   log.Println(x)  ->  (gocxx::CallSiteGuard("/src/main.go", 7), go::log::Println(...))
//
// runtime.Caller(skip) returns the skip-th innermost record of the running goroutine.
#pragma once

#include <cstdint>

namespace gocxx {

class CallSiteGuard {
 public:
  CallSiteGuard(const char* file, int64_t line) noexcept;
  ~CallSiteGuard();
  CallSiteGuard(const CallSiteGuard&) = delete;
  CallSiteGuard& operator=(const CallSiteGuard&) = delete;

  const char* const file;
  const int64_t line;

 private:
  friend const CallSiteGuard* callsite(int64_t skip);
  const CallSiteGuard* prev_;
};

// The skip-th innermost call site recorded by the running goroutine, or nullptr.
const CallSiteGuard* callsite(int64_t skip);

}  // namespace gocxx
