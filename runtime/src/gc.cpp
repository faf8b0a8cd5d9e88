// This file implements collector setup and the allocation slow paths (see gc.h).
#include "gocxx/gc.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "sched_internal.h"

namespace gocxx {

namespace {
constexpr std::size_t kInitialHeap = std::size_t(4) << 20;
}  // namespace

void gc_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    GC_INIT();
    // Boehm's warnings ("Repeated allocation of very large block") would land in the Go
    // program's stderr, which Go programs never write such things to.
    GC_set_warn_proc(GC_ignore_warn_proc);
    // Go does not collect before the heap reaches 4 MiB (GOGC's minimum heap target).
    // Boehm starts from a few pages and collects every few hundred KiB of allocation, which
    // made allocation-heavy code (fmt, strconv) spend 60% of its time stopping the world.
    // Growing the heap to Go's minimum up front gives the same pacing; the pages are only
    // touched as objects are allocated. GC_INITIAL_HEAP_SIZE, when set, still decides.
    if (!std::getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(kInitialHeap);
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

void gc_advise_huge(void* p, std::size_t n) {
  constexpr uintptr_t kHuge = uintptr_t(2) << 20;
  if (n < 2 * kHuge) return;
  uintptr_t b = (reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
  uintptr_t e = (reinterpret_cast<uintptr_t>(p) + n) & ~(kHuge - 1);
  // Only whole 2 MiB pages inside the block: the flag then never covers another object's
  // memory in a way that matters (a hint, not a mapping change).
  if (e > b) madvise(reinterpret_cast<void*>(b), e - b, MADV_HUGEPAGE);
}

void* gc_alloc_atomic_uninit(std::size_t n) {
  void* p = GC_MALLOC_ATOMIC(n);
  if (!p) return gc_alloc_slow_oom(n);
  gc_advise_huge(p, n);
  return p;
}

void* gc_alloc_atomic(std::size_t n) {
  void* p = gc_alloc_atomic_uninit(n);
  std::memset(p, 0, n);
  return p;
}

}  // namespace gocxx
