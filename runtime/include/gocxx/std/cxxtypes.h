// This file gathers the runtime C++ types that standard-library Go types are represented by
// (`//gocxx:cxxtype` in runtime/std): generated code names them in its type section, before
// any extern header, so gocxx.h includes this file.
//
//   sync.Mutex, RWMutex, WaitGroup, Once   gocxx::Mutex, ... (gocxx/sync.h)
//   sync.notifyList                        gocxx::NotifyList
//   fmt.rvalue                             gocxx::FmtValue
//   runtime.TypeAssertionError             gocxx::TypeAssertionError
//   time.heapTimer                         gocxx::detail::Timer (gocxx/detail/timer.h)
// Go structs holding one of them are comparable (and hashable) when all their fields are,
// so each gets == and go_hash here.
#pragma once

#include "gocxx/detail/timer.h"
#include "gocxx/hash.h"
#include "gocxx/std/fmt_value.h"
#include "gocxx/std/notify_list.h"
#include "gocxx/std/type_assertion_error.h"
#include "gocxx/sync.h"

namespace gocxx {

// Go compares these field by field; the runtime's state is not visible as fields, and Go
// programs compare structs holding locks only when the locks are idle (zero), where every
// two are equal.
inline bool operator==(const Mutex&, const Mutex&) { return true; }
inline bool operator==(const RWMutex&, const RWMutex&) { return true; }
inline bool operator==(const WaitGroup&, const WaitGroup&) { return true; }
inline bool operator==(const Once&, const Once&) { return true; }
inline uint64_t go_hash(const Mutex&, uint64_t seed) { return seed; }
inline uint64_t go_hash(const RWMutex&, uint64_t seed) { return seed; }
inline uint64_t go_hash(const WaitGroup&, uint64_t seed) { return seed; }
inline uint64_t go_hash(const Once&, uint64_t seed) { return seed; }
inline uint64_t go_hash(const NotifyList&, uint64_t seed) { return seed; }
inline uint64_t go_hash(const TypeAssertionError& e, uint64_t seed) {
  return hash_of(e.message, seed);
}

namespace detail {
inline bool operator==(const Timer& a, const Timer& b) {
  return a.when == b.when && a.period == b.period && a.fn == b.fn && a.arg == b.arg &&
         a.index == b.index;
}
inline uint64_t go_hash(const Timer& t, uint64_t seed) { return hash_u64(uint64_t(t.when), seed); }
}  // namespace detail

}  // namespace gocxx
