// This file implements Array<T, N>, Go's array type [N]T, and slicing arrays.
//
// Go:                          C++:
//   var a [4]int                 gocxx::Array<int64_t, 4> a{};       // zeroed
//   a := [3]int{1, 2, 3}         gocxx::Array<int64_t, 3> a{{1, 2, 3}};
//   a[i] = v                     a.at(i) = v;        // a[2] with a constant index: a[2]
//   a == b                       a == b              // when T is comparable
//   s := a[lo:hi]                auto s = gocxx::slice_of(&a, lo, hi);   // shares a's storage
//   s := p[:]  (p *[4]int)       auto s = gocxx::slice_of(p);            // nil p panics
//   len(a)                       a.len()
// Arrays are values: assignment copies, as Go's do. [0]T is allowed and holds nothing.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

#include "gocxx/bounds.h"
#include "gocxx/hash.h"
#include "gocxx/slice.h"

namespace gocxx {

[[noreturn]] void panic_nil_deref();

template <class T, int64_t N>
struct Array {
  static_assert(N > 0);
  T a[N];

  static constexpr bool go_pointer_free = pointer_free_v<T>;
  static constexpr int64_t len() { return N; }

  T& at(int64_t i) {
    detail::check_index(i, N);
    return a[i];
  }
  const T& at(int64_t i) const {
    detail::check_index(i, N);
    return a[i];
  }
  T& operator[](int64_t i) { return a[i]; }
  const T& operator[](int64_t i) const { return a[i]; }
  T* begin() { return a; }
  T* end() { return a + N; }
  const T* begin() const { return a; }
  const T* end() const { return a + N; }

  friend bool operator==(const Array& x, const Array& y) requires requires(const T& e) { e == e; }
  {
    for (int64_t i = 0; i < N; i++)
      if (!(x.a[i] == y.a[i])) return false;
    return true;
  }
  friend uint64_t go_hash(const Array& x, uint64_t seed) requires Hashable<T> {
    for (int64_t i = 0; i < N; i++) seed = Hasher<T>::hash(x.a[i], seed);
    return seed;
  }
};

// A sparse composite literal [N]T{i: a, j: b}, few of its N elements given
// (the translator would spell out every zero).
template <class A>
A array_sparse(std::initializer_list<std::pair<int64_t, std::remove_extent_t<decltype(A::a)>>> xs) {
  A arr{};
  for (const auto& [i, v] : xs) arr.a[i] = v;
  return arr;
}

// [0]T: no elements; every index is out of range.
template <class T>
struct Array<T, 0> {
  static constexpr bool go_pointer_free = true;
  static constexpr int64_t len() { return 0; }

  T& at(int64_t i) const { panic_index(i, 0); }
  // Slicing a [0]T gives an empty but non-nil slice: point at the array object itself.
  T* begin() const { return reinterpret_cast<T*>(const_cast<Array*>(this)); }
  T* end() const { return begin(); }
  friend bool operator==(const Array&, const Array&) { return true; }
  friend uint64_t go_hash(const Array&, uint64_t seed) { return seed; }
};

// p[lo:hi], p[lo:hi:max], p[:] for p *[N]T (or &a for an addressable array a).
template <class T, int64_t N>
inline Slice<T> slice_of(Array<T, N>* p, int64_t lo, int64_t hi) {
  if (p == nullptr) [[unlikely]]
    panic_nil_deref();
  detail::check_slice2(lo, hi, N, BoundsCode::SliceAlen);
  return {N == lo ? p->begin() : p->begin() + lo, hi - lo, N - lo};
}
template <class T, int64_t N>
inline Slice<T> slice_of(Array<T, N>* p, int64_t lo, int64_t hi, int64_t max) {
  if (p == nullptr) [[unlikely]]
    panic_nil_deref();
  detail::check_slice3(lo, hi, max, N, BoundsCode::Slice3Alen);
  return {max == lo ? p->begin() : p->begin() + lo, hi - lo, max - lo};
}
template <class T, int64_t N>
inline Slice<T> slice_of(Array<T, N>* p) {
  return slice_of(p, 0, N);
}

// The packed arguments of a variadic call whose parameter does not escape
// (transpiler/analyze/escape.cpp): f(a, b) -> f(gocxx::slice_of_temporary(Array<T, 2>{{a, b}})).
// The array is a temporary of the call's full-expression, so it lives exactly as long as the
// call, as Go keeps such ...args on the stack.
template <class T, int64_t N>
inline Slice<T> slice_of_temporary(Array<T, N>&& a) {
  return {a.begin(), N, N};
}

static_assert(std::is_trivially_copyable_v<Array<int64_t, 3>> && Array<int64_t, 3>{}.a[2] == 0);
static_assert(std::is_trivially_copyable_v<Array<String, 0>>);

}  // namespace gocxx
