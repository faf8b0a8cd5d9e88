// This file implements package runtime's externs (runtime/std/runtime/runtime.go): the
// TypeAssertionError methods and the scheduler / collector queries, over the gocxx runtime.
#pragma once

#include <sched.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "gocxx/std/finalizer.h"
#include "gocxx/std/type_assertion_error.h"

namespace go::runtime {

inline void TypeAssertionError_RuntimeError(gocxx::TypeAssertionError*) {}
inline gocxx::String TypeAssertionError_Error(gocxx::TypeAssertionError* e) {
  return gocxx::deref(e).message;
}

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

// Go's GOMAXPROCS: returns the previous setting and applies n >= 1 (gocxx::set_gomaxprocs:
// at most the workers started with the program run). A caller whose worker just stopped
// yields, so it continues on a running one.
inline gocxx::Task<int64_t> GOMAXPROCS(int64_t n) {
  int64_t prev = gocxx::set_gomaxprocs(int(n > INT32_MAX ? INT32_MAX : n));
  if (gocxx::current_proc_stopped()) co_await gocxx::gosched();
  co_return prev;
}

inline gocxx::Task<> Gosched() { co_await gocxx::gosched(); }

inline void Goexit() { gocxx::goexit(); }

// An optimization barrier: the compiler must materialize x's data word here.
inline void KeepAlive(gocxx::Any x) { asm volatile("" : : "g"(x.data) : "memory"); }

// A full collection; finalizers it finds run afterwards on the finalizer goroutine (Go's
// runtime.GC does not wait for them either).
inline void GC() { gocxx::finalizer::collect(); }

// Go's SetFinalizer checks and texts (runtime/mfinal.go); the finalizer must be a func taking
// exactly obj's type and returning nothing (Go also accepts results and an interface
// parameter: gocxx stops with a fatal error naming the type).
inline void SetFinalizer(gocxx::Any obj, gocxx::Any fin) {
  auto fatal = [](const std::string& m) { gocxx::detail::fatal_error(m.c_str()); };
  if (obj.type == nullptr) fatal("runtime.SetFinalizer: first argument is nil");
  if (obj.type->kind != gocxx::Kind::Pointer)
    fatal(std::string("runtime.SetFinalizer: first argument is ") + obj.type->name +
          ", not pointer");
  void* p = const_cast<void*>(obj.data);
  void* base = p ? GC_base(p) : nullptr;
  if (base == nullptr) {
    // Go: zero-size objects and linker-allocated (global) ones are accepted and ignored.
    if (p == nullptr) fatal("runtime.SetFinalizer: pointer not in allocated block");
    return;
  }
  if (base != p) fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
  if (fin.type == nullptr) {
    gocxx::finalizer::set(p, nullptr, false);
    return;
  }
  if (fin.type->kind != gocxx::Kind::Func)
    fatal(std::string("runtime.SetFinalizer: second argument is ") + fin.type->name +
          ", not a function");
  if (std::string(fin.type->name) != std::string("func(") + obj.type->name + ")")
    fatal(std::string("gocxx: runtime.SetFinalizer supports finalizers of type func(") +
          obj.type->name + ") only, not " + fin.type->name);
  if (fin.data == nullptr) fatal("runtime.SetFinalizer: finalizer is nil func");
  gocxx::finalizer::set(p, fin.data, (fin.type->flags & gocxx::kTypeAsyncFunc) != 0);
}

// The skip-th innermost call site the goroutine recorded (gocxx/callsite.h); pc is the
// record's address (there is no FuncForPC).
inline std::tuple<uint64_t, gocxx::String, int64_t, bool> Caller(int64_t skip) {
  const gocxx::CallSiteGuard* c = skip >= 0 ? gocxx::callsite(skip) : nullptr;
  if (c == nullptr) return {0, gocxx::String(), 0, false};
  return {uint64_t(reinterpret_cast<uintptr_t>(c)), gocxx::String::copy_of(c->file), c->line, true};
}

// The goroutine header only (gocxx records no frames).
inline int64_t Stack(gocxx::Slice<uint8_t> buf, bool) {
  std::string s =
      "goroutine " + std::to_string(gocxx::goid() ? gocxx::goid() : 1) + " [running]:\n";
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
