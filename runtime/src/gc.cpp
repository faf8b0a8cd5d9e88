// This file implements collector setup and the allocation slow paths (see gc.h).
#include "gocxx/gc.h"

#include <cstdlib>
#include <cstring>
#include <mutex>

#include "sched_internal.h"

namespace gocxx {

void gc_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    GC_INIT();
#ifdef GOCXX_TSAN
    // The collector stops the world with signals and reads every thread's stack, which
    // ThreadSanitizer cannot follow; under TSan the heap only grows.
    GC_disable();
#endif
  });
}

void* gc_alloc_slow_oom(std::size_t n) {
  (void)n;
  detail::write_stderr("fatal error: runtime: out of memory\n");
  detail::exit_process(2);
}

void* gc_alloc_atomic(std::size_t n) {
  void* p = GC_MALLOC_ATOMIC(n);
  if (!p) return gc_alloc_slow_oom(n);
  std::memset(p, 0, n);
  return p;
}

}  // namespace gocxx
