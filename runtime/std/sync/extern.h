// This file implements package sync's externs (runtime/std/sync/*.go): Mutex, RWMutex,
// WaitGroup and Once are the runtime's gocxx::Mutex etc. (gocxx/sync.h), which park
// goroutines; Cond's notifyList is gocxx::NotifyList (gocxx/std/notify_list.h).
#pragma once

#include "gocxx/std/notify_list.h"

namespace go::sync {

inline gocxx::Task<> Mutex_Lock(gocxx::Mutex* m) { co_await gocxx::deref(m).lock(); }
inline bool Mutex_TryLock(gocxx::Mutex* m) { return gocxx::deref(m).try_lock(); }
inline void Mutex_Unlock(gocxx::Mutex* m) { gocxx::deref(m).unlock(); }

inline gocxx::Task<> RWMutex_RLock(gocxx::RWMutex* rw) { co_await gocxx::deref(rw).rlock(); }
inline bool RWMutex_TryRLock(gocxx::RWMutex* rw) { return gocxx::deref(rw).try_rlock(); }
inline void RWMutex_RUnlock(gocxx::RWMutex* rw) { gocxx::deref(rw).runlock(); }
inline gocxx::Task<> RWMutex_Lock(gocxx::RWMutex* rw) { co_await gocxx::deref(rw).lock(); }
inline bool RWMutex_TryLock(gocxx::RWMutex* rw) { return gocxx::deref(rw).try_lock(); }
inline void RWMutex_Unlock(gocxx::RWMutex* rw) { gocxx::deref(rw).unlock(); }

inline void WaitGroup_Add(gocxx::WaitGroup* wg, int64_t delta) { gocxx::deref(wg).add(delta); }
inline gocxx::Task<> WaitGroup_Wait(gocxx::WaitGroup* wg) { co_await gocxx::deref(wg).wait(); }

// f is func() in whichever convention the program uses for that type (plain or coroutine);
// a nil f panics with the nil dereference error when called, as in Go.
template <class F>
inline gocxx::Task<> Once_Do(gocxx::Once* o, F f) {
  co_await gocxx::deref(o).run([f]() { return f(); });
}

inline uint32_t runtime_notifyListAdd(gocxx::NotifyList* l) { return gocxx::deref(l).add(); }
inline gocxx::Task<> runtime_notifyListWait(gocxx::NotifyList* l, uint32_t t) {
  co_await gocxx::deref(l).wait(t);
}
inline void runtime_notifyListNotifyAll(gocxx::NotifyList* l) { gocxx::deref(l).notify_all(); }
inline void runtime_notifyListNotifyOne(gocxx::NotifyList* l) { gocxx::deref(l).notify_one(); }

inline int64_t runtime_procID() { return gocxx::current_proc(); }

}  // namespace go::sync
