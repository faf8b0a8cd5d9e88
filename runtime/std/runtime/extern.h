// This file implements package runtime's externs (runtime/std/runtime/runtime.go): the
// TypeAssertionError methods and the scheduler / collector queries, over the gocxx runtime.
#pragma once

#include <sched.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "gocxx/std/type_assertion_error.h"

namespace go::runtime {

inline void TypeAssertionError_RuntimeError(gocxx::TypeAssertionError*) {}
inline gocxx::String TypeAssertionError_Error(gocxx::TypeAssertionError* e) { return gocxx::deref(e).message; }

inline gocxx::String Version() { return gocxx::String("go1.19.8"); }

inline gocxx::String GOROOT() {
  if (const char* r = std::getenv("GOROOT"); r && *r) return gocxx::String::copy_of(r);
  return gocxx::String("/usr/lib/go-1.19");
}

inline int64_t NumGoroutine() { return gocxx::num_goroutine(); }

// Go counts the CPUs in the process's affinity mask.
inline int64_t NumCPU() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}

// The worker count is fixed when the scheduler starts (GOMAXPROCS in the environment); a
// new setting is accepted and ignored.
inline int64_t GOMAXPROCS(int64_t) { return gocxx::gomaxprocs(); }

inline gocxx::Task<> Gosched() { co_await gocxx::gosched(); }

inline void Goexit() { gocxx::goexit(); }

inline void GC() { GC_gcollect(); }

// Finalizers never run in gocxx (the collector may not find an object unreachable before
// exit anyway, so Go programs cannot rely on them); the call only checks its argument.
inline void SetFinalizer(gocxx::Any obj, gocxx::Any) {
  if (obj.type == nullptr) gocxx::panic(gocxx::String("runtime.SetFinalizer: first argument is nil"));
  if (obj.type->kind != gocxx::Kind::Pointer)
    gocxx::panic(gocxx::String::copy_of(std::string("runtime.SetFinalizer: first argument is ") +
                                        obj.type->name + ", not pointer"));
}

// No file/line information in gocxx binaries.
inline std::tuple<uint64_t, gocxx::String, int64_t, bool> Caller(int64_t) {
  return {0, gocxx::String(), 0, false};
}

// The goroutine header only (gocxx records no frames).
inline int64_t Stack(gocxx::Slice<uint8_t> buf, bool) {
  std::string s = "goroutine " + std::to_string(gocxx::goid() ? gocxx::goid() : 1) + " [running]:\n";
  int64_t n = std::min<int64_t>(buf.len, int64_t(s.size()));
  if (n > 0) std::memcpy(buf.ptr, s.data(), size_t(n));
  return n;
}

inline void Breakpoint() { __builtin_trap(); }

inline void ReadMemStats(MemStats* m) {
  auto& s = gocxx::deref(m);
  uint64_t heap = GC_get_heap_size(), free_bytes = GC_get_free_bytes();
  uint64_t total = GC_get_total_bytes();
  s.Alloc = s.HeapAlloc = heap - free_bytes;
  s.TotalAlloc = total;
  s.Sys = s.HeapSys = heap;
  s.HeapIdle = free_bytes;
  s.HeapInuse = heap - free_bytes;
  s.NumGC = uint32_t(GC_get_gc_no());
  s.EnableGC = true;
}

}  // namespace go::runtime
