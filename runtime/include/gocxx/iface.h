// This file implements interface values beyond Any itself (value.h): boxing, method dispatch
// through itabs, type assertions and Go's TypeAssertionError panics (Go: runtime/iface.go).
//
// Go:                                 C++:
//   var x any = v                       gocxx::Any x = gocxx::box(v, &T_type);
//   var s Shape = c                     Shape s{gocxx::box(c, &Circle_type)};
//   s.Area()                            s.Area()   // generated: gocxx::icall<double>(*this,
//   &Shape_type, 0) n := x.(int)                        int64_t n = gocxx::assert_to<int64_t>(x,
//   gocxx::type_of_int(), gocxx::type_of_any_iface()); n, ok := x.(int)                    auto [n,
//   ok] = gocxx::assert_to2<int64_t>(x, gocxx::type_of_int(), gocxx::type_of_any_iface()); s :=
//   x.(Shape)                      Shape s{gocxx::assert_iface(x, &Shape_type,
//   gocxx::type_of_any_iface())}; s, ok := x.(Shape)                  auto [a, ok] =
//   gocxx::assert_iface2(x, &Shape_type, ...); Shape s{a}; var e any = s  (interface to any)
//   gocxx::Any e = s;    // the same two words
// A non-empty interface type is a generated struct deriving from Any whose methods call icall
// with their index in the interface's method list (sorted by name). icall finds the dynamic
// type's method table for the interface through itab(): first a one-entry cache in the
// interface's descriptor (one atomic load and a compare), then a global table readable without
// locks, then, once per (type, interface) pair, a merge of the two sorted method lists under a
// mutex. A method matches by name and by signature text.
#pragma once

#include <cstdint>
#include <cstring>
#include <tuple>
#include <type_traits>

#include "gocxx/traits.h"
#include "gocxx/value.h"

namespace gocxx {

[[noreturn]] void panic_nil_deref();

namespace detail {

// The methods of dynamic type `dyn` in interface `iface`'s order. fns == nullptr records that
// dyn does not implement iface; `missing` then names the first method it lacks (unqualified,
// as Go reports it).
struct Itab {
  const Type* iface;
  const Type* dyn;
  const MethodFn* fns;
  const char* missing;
};

// The global table's record for (dyn, iface), created on first use; never null.
const Itab* itab_record(const Type* dyn, const Type* iface);
// itab() after a miss in the interface's cache.
const MethodFn* itab_slow(const Type* dyn, const Type* iface);
// The cache slot of dynamic type `dyn` (descriptors are aligned, so hash the address).
inline int itab_slot(const Type* dyn) {
  return int((reinterpret_cast<uintptr_t>(dyn) * UINT64_C(0x9E3779B97F4A7C15)) >> 62);
}
static_assert(Type::kItabCacheSlots == 4, "itab_slot returns 2 bits");

// Boxes that need no allocation: small integers (Go's staticuint64s) and zero values (zeroVal).
extern const uint64_t small_values[256];
inline constexpr std::size_t kZeroValueSize = 1024;
extern const unsigned char zero_value[kZeroValueSize];

// Panics with a *runtime.TypeAssertionError (Go's fields: the static interface of the operand,
// its dynamic type, the asserted type, the missing method).
[[noreturn]] void panic_type_assert(const Type* iface, const Type* have, const Type* want,
                                    const char* missing);

}  // namespace detail

// The dynamic type's method table for `iface` (entry i is the interface's method i), or
// nullptr when `dyn` does not implement it.
// fmt asserts each argument to Formatter, Stringer, error...: a one-entry cache missed on
// every argument of another type, so each interface keeps a few entries, misses included.
inline const MethodFn* itab(const Type* dyn, const Type* iface) {
  auto& slot = iface->itab_cache[detail::itab_slot(dyn)];
  auto* c = static_cast<const detail::Itab*>(slot.load(std::memory_order_acquire));
  if (c != nullptr && c->dyn == dyn) [[likely]]
    return c->fns;
  return detail::itab_slow(dyn, iface);
}

// Whether type t's method set has every method of `iface` (same names and signatures).
bool implements(const Type* t, const Type* iface);

// Converts a value of dynamic type t (described by `t`) to an interface value. Pointer-shaped
// kinds are stored as the data word; other values are copied into an immutable box
// (pointer-free boxes are not scanned; small integers and zero values share static boxes).
template <class T>
inline Any box(const T& v, const Type* t) {
  static_assert(std::is_trivially_copyable_v<T>, "Go values are trivially copyable");
  if constexpr (is_direct_iface_v<T>) {
    static_assert(sizeof(T) == sizeof(void*));
    const void* word;
    std::memcpy(&word, &v, sizeof word);
    return {t, word};
  } else if constexpr (std::is_empty_v<T>) {
    return {t, detail::zero_value};
  } else {
    if constexpr (sizeof(T) <= 8) {
      uint64_t bits = 0;
      std::memcpy(&bits, &v, sizeof(T));
      if (bits < 256) return {t, &detail::small_values[bits]};  // little-endian: low bytes first
    } else if constexpr (sizeof(T) <= detail::kZeroValueSize) {
      unsigned char bytes[sizeof(T)];
      std::memcpy(bytes, &v, sizeof(T));
      bool zero = true;
      for (unsigned char b : bytes) zero &= b == 0;
      if (zero) return {t, detail::zero_value};
    }
    void* p = pointer_free_v<T> ? gc_alloc_atomic(sizeof(T)) : gc_alloc(sizeof(T));
    std::memcpy(p, &v, sizeof(T));
    return {t, p};
  }
}

// The value inside x, whose dynamic type the caller knows to be T's.
template <class T>
inline T unbox(const Any& x) {
  T v{};
  if constexpr (is_direct_iface_v<T>) {
    std::memcpy(static_cast<void*>(&v), &x.data, sizeof(T));
  } else if constexpr (std::is_empty_v<T>) {
    v = T{};
  } else {
    std::memcpy(static_cast<void*>(&v), x.data, sizeof(T));
  }
  return v;
}

// x.M(args...) where M is method i of interface `iface` (x's static type). The method entry
// receives the data word first; R may be a Task<> for methods called with the coroutine
// convention. Argument types must be exactly the method's C++ parameter types.
template <class R, class... Args>
inline R icall(const Any& x, const Type* iface, int i, Args... args) {
  if (x.type == nullptr) [[unlikely]]
    panic_nil_deref();
  const MethodFn* fns = itab(x.type, iface);
  return reinterpret_cast<R (*)(const void*, Args...)>(fns[i])(x.data, std::forward<Args>(args)...);
}

// What a panic running `defer x.M()` calls (panic.h): the entry of method i of interface
// `iface` in x's dynamic type, whose thunk hands directness on to the method. For a nil x
// (the call will panic) the descriptor, which is no function's identity.
inline const void* imethod_recover_id(const Any& x, const Type* iface, int i) {
  if (x.type == nullptr) return iface;
  return reinterpret_cast<const void*>(itab(x.type, iface)[i]);
}

// x for the method value x.M: Go panics when the value is made from a nil interface, not
// when it is called.
template <class I>
inline const I& nonnil_iface(const I& x) {
  if (x.type == nullptr) [[unlikely]]
    panic_nil_deref();
  return x;
}

// x.(T) for a concrete T described by `want`; `iface` is x's static interface type (for the
// message: "interface conversion: interface {} is string, not int").
template <class T>
inline T assert_to(const Any& x, const Type* want, const Type* iface) {
  if (x.type != want) [[unlikely]]
    detail::panic_type_assert(iface, x.type, want, nullptr);
  return unbox<T>(x);
}

// v, ok := x.(T)
template <class T>
inline std::tuple<T, bool> assert_to2(const Any& x, const Type* want, const Type* iface = nullptr) {
  (void)iface;
  if (x.type != want) return {T{}, false};
  return {unbox<T>(x), true};
}

// x.(I) for an interface type I described by `want`; `from` is x's static type (unused by Go's
// messages, kept for symmetry). Panics "interface conversion: interface is nil, not main.I" or
// "interface conversion: main.T is not main.I: missing method M".
inline Any assert_iface(const Any& x, const Type* want, const Type* from = nullptr) {
  (void)from;
  if (x.type == nullptr) [[unlikely]]
    detail::panic_type_assert(nullptr, nullptr, want, nullptr);
  if (want->num_methods != 0 && itab(x.type, want) == nullptr) [[unlikely]]
    detail::panic_type_assert(nullptr, x.type, want, detail::itab_record(x.type, want)->missing);
  return x;
}

// v, ok := x.(I)
inline std::tuple<Any, bool> assert_iface2(const Any& x, const Type* want,
                                           const Type* from = nullptr) {
  (void)from;
  if (x.type == nullptr) return {Any{}, false};
  if (want->num_methods != 0 && itab(x.type, want) == nullptr) return {Any{}, false};
  return {x, true};
}

}  // namespace gocxx
