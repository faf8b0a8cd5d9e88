// This file implements package sync/atomic's externs (runtime/std/sync/atomic/doc.go,
// value.go): sequentially consistent operations on the pointed-to word (a nil pointer panics
// with Go's nil dereference error) and atomic.Value's methods with Go's panic texts.
#pragma once

#include <atomic>

namespace go::sync::atomic {

namespace ext {
template <class T>
inline std::atomic_ref<T> ref(T* p) {
  if (p == nullptr) [[unlikely]]
    gocxx::panic_nil_deref();
  return std::atomic_ref<T>(*p);
}
}  // namespace ext

#define GOCXX_ATOMIC_FUNCS(Name, T)                                                           \
  inline T Swap##Name(T* addr, T v) { return ext::ref(addr).exchange(v); }                    \
  inline bool CompareAndSwap##Name(T* addr, T old, T v) {                                     \
    return ext::ref(addr).compare_exchange_strong(old, v);                                    \
  }                                                                                           \
  inline T Add##Name(T* addr, T delta) { return T(ext::ref(addr).fetch_add(delta) + delta); } \
  inline T Load##Name(T* addr) { return ext::ref(addr).load(); }                              \
  inline void Store##Name(T* addr, T v) { ext::ref(addr).store(v); }
GOCXX_ATOMIC_FUNCS(Int32, int32_t)
GOCXX_ATOMIC_FUNCS(Int64, int64_t)
GOCXX_ATOMIC_FUNCS(Uint32, uint32_t)
GOCXX_ATOMIC_FUNCS(Uint64, uint64_t)
GOCXX_ATOMIC_FUNCS(Uintptr, uint64_t)
#undef GOCXX_ATOMIC_FUNCS

// atomic.Value: the interface value's two words change together under a lock striped by
// address (Go uses its type word as a "store in progress" marker; a 16-byte CAS would need
// libatomic, which generated programs do not link).
namespace ext {
inline gocxx::detail::Lock& value_lock(const void* p) {
  static gocxx::detail::Lock locks[64];
  return locks[(reinterpret_cast<uintptr_t>(p) >> 4) & 63];
}
inline gocxx::Any load_any(gocxx::Any* p) {
  gocxx::detail::LockGuard g(value_lock(p));
  return *p;
}
inline bool cas_any(gocxx::Any* p, gocxx::Any old, gocxx::Any v) {
  gocxx::detail::LockGuard g(value_lock(p));
  if (p->type != old.type || p->data != old.data) return false;
  *p = v;
  return true;
}
}  // namespace ext

inline gocxx::Any Value_Load(Value* v) { return ext::load_any(&gocxx::deref(v).v); }

inline void Value_Store(Value* v, gocxx::Any val) {
  if (val.type == nullptr)
    gocxx::panic(gocxx::String("sync/atomic: store of nil value into Value"));
  gocxx::Any* p = &gocxx::deref(v).v;
  for (;;) {
    gocxx::Any cur = ext::load_any(p);
    if (cur.type != nullptr && cur.type != val.type)
      gocxx::panic(gocxx::String("sync/atomic: store of inconsistently typed value into Value"));
    if (ext::cas_any(p, cur, val)) return;
  }
}

inline gocxx::Any Value_Swap(Value* v, gocxx::Any nv) {
  if (nv.type == nullptr) gocxx::panic(gocxx::String("sync/atomic: swap of nil value into Value"));
  gocxx::Any* p = &gocxx::deref(v).v;
  for (;;) {
    gocxx::Any cur = ext::load_any(p);
    if (cur.type != nullptr && cur.type != nv.type)
      gocxx::panic(gocxx::String("sync/atomic: swap of inconsistently typed values into Value"));
    if (ext::cas_any(p, cur, nv)) return cur;
  }
}

inline bool Value_CompareAndSwap(Value* v, gocxx::Any old, gocxx::Any nv) {
  if (nv.type == nullptr)
    gocxx::panic(gocxx::String("sync/atomic: compare and swap of nil value into Value"));
  if (old.type != nullptr && old.type != nv.type)
    gocxx::panic(gocxx::String("sync/atomic: compare and swap of inconsistently typed values"));
  gocxx::Any* p = &gocxx::deref(v).v;
  for (;;) {
    gocxx::Any cur = ext::load_any(p);
    if (cur.type == nullptr) {
      if (old.type != nullptr) return false;
      if (ext::cas_any(p, cur, nv)) return true;
      continue;
    }
    if (cur.type != nv.type)
      gocxx::panic(
          gocxx::String("sync/atomic: compare and swap of inconsistently typed value into Value"));
    // Go compares with interface ==, which panics for uncomparable dynamic types.
    if (!(cur == old)) return false;
    if (ext::cas_any(p, cur, nv)) return true;
  }
}

}  // namespace go::sync::atomic
