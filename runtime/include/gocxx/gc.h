// This file implements the runtime's view of Go's heap: Boehm GC allocation helpers.
//
// Every Go value that can hold a pointer lives where the collector scans it:
//  - collectable Go objects: gc_new<T>() / gc_alloc(n)           (GC_MALLOC)
//  - pointer-free Go objects: gc_alloc_atomic(n)                  (GC_MALLOC_ATOMIC, not scanned)
//  - runtime records with a known lifetime (goroutine records, coroutine frames, timer heaps):
//    gc_alloc_root(n) / gc_free_root(p)                           (GC_MALLOC_UNCOLLECTABLE: scanned
//    as roots, freed explicitly)
//  - standard containers holding Go pointers: gocxx::gc_vector<T> (gc_allocator).
#pragma once

#ifndef GC_THREADS
#define GC_THREADS 1
#endif
#include <gc/gc.h>
#include <gc/gc_allocator.h>

#include <cstddef>
#include <new>
#include <utility>
#include <vector>

namespace gocxx {

// Initializes the collector; idempotent. Called by run_main and by the scheduler's first use.
void gc_init();

[[nodiscard]] void* gc_alloc_slow_oom(std::size_t n);

// Collectable, zeroed, scanned memory.
[[nodiscard]] inline void* gc_alloc(std::size_t n) {
  void* p = GC_MALLOC(n);
  return p ? p : gc_alloc_slow_oom(n);
}

// Collectable, zeroed (by us: Boehm does not zero atomic memory), never scanned.
[[nodiscard]] void* gc_alloc_atomic(std::size_t n);
// The same without the zeroing, for callers that write every byte before reading it.
[[nodiscard]] void* gc_alloc_atomic_uninit(std::size_t n);

// Uncollectable but scanned memory with an explicit lifetime.
[[nodiscard]] inline void* gc_alloc_root(std::size_t n) {
  void* p = GC_MALLOC_UNCOLLECTABLE(n);
  return p ? p : gc_alloc_slow_oom(n);
}
inline void gc_free_root(void* p) { GC_FREE(p); }

// Allocates a T on the collected heap. T's destructor never runs: Go objects have none.
template <class T, class... Args>
[[nodiscard]] T* gc_new(Args&&... args) {
  return ::new (gc_alloc(sizeof(T))) T(std::forward<Args>(args)...);
}

// Hints that a large block just allocated (slice backing arrays, map tables) should be backed
// by transparent huge pages, as Go's heap arenas are: growing a big slice touches every page
// of a fresh block, and 4 KiB page faults would dominate. No-op for blocks under 4 MiB.
// gc_alloc_atomic and gc_alloc_atomic_uninit apply it themselves (before the first touch).
void gc_advise_huge(void* p, std::size_t n);

template <class T>
using gc_vector = std::vector<T, gc_allocator<T>>;

}  // namespace gocxx
