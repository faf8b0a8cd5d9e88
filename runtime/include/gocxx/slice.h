// This file implements Slice<T>, Go's slice type, with Go 1.19's growth policy (Go:
// runtime/slice.go makeslice/growslice, runtime/msize.go roundupsize).
//
// Go:                          C++:
//   var s []int                  gocxx::Slice<int64_t> s{};          // nil slice
//   s := make([]int, n, c)       auto s = gocxx::Slice<int64_t>::make(n, c);
//   s := []int{1, 2, 3}          auto s = gocxx::Slice<int64_t>::from({1, 2, 3});
//   s[i] = v; v = s[i]           s.at(i) = v; v = s.at(i);
//   s[lo:hi], s[lo:hi:max], s[lo:]   s.slice(lo, hi), s.slice(lo, hi, max), s.slice_from(lo)
//   s = append(s, a, b)          s = gocxx::append(s, a, b);
//   s = append(s, t...)          s = gocxx::append_slice(s, t);
//   b = append(b, str...)        b = gocxx::append_string(b, str);
//   n := copy(dst, src)          int64_t n = gocxx::copy(dst, src);
//   len(s), cap(s), s == nil     s.len, s.cap, s.is_nil()
//   for i, v := range s          for (int64_t i = 0; i < s.len; i++) { T v = s[i]; ... }
// A slice is three words {ptr, len, cap}, trivially copyable; zero is the nil slice. Backing
// arrays come from gc_alloc_atomic when T holds no pointers, gc_alloc otherwise. append grows
// exactly as Go does (double below 256 elements, then +25% plus 192, rounded up to a malloc
// size class), so cap() prints what Go prints.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <type_traits>
#include <utility>

#include "gocxx/bounds.h"
#include "gocxx/traits.h"
#include "gocxx/value.h"

namespace gocxx {

namespace detail {

// Go's roundupsize: the size of the malloc block Go would use for `size` bytes.
uint64_t roundupsize(uint64_t size);

// Where zero-byte allocations point (Go's zerobase): non-nil, never written.
extern char zerobase[16];

// Go's makeslice (panics "makeslice: len/cap out of range"); elem_size 0 for empty types.
void* makeslice(int64_t len, int64_t cap, uint64_t elem_size, bool pointer_free);

struct Grown {
  void* ptr;
  int64_t cap;
};
// Go's growslice: a new backing array with room for at least `need` elements, holding a copy of
// the first old_len. Panics "growslice: cap out of range" on overflow.
Grown growslice(const void* old_ptr, int64_t old_len, int64_t old_cap, int64_t need,
                uint64_t elem_size, bool pointer_free);

// Go's struct{} has size 0; its C++ stand-in has size 1 but must grow and allocate as Go's.
template <class T>
inline constexpr uint64_t elem_size_v = std::is_empty_v<T> ? 0 : sizeof(T);

}  // namespace detail

template <class T>
struct Slice {
  T* ptr = nullptr;
  int64_t len = 0;
  int64_t cap = 0;

  // make([]T, len) / make([]T, len, cap): zeroed elements.
  static Slice make(int64_t len) { return make(len, len); }
  static Slice make(int64_t len, int64_t cap) {
    void* p = detail::makeslice(len, cap, detail::elem_size_v<T>, pointer_free_v<T>);
    return {static_cast<T*>(p), len, cap};
  }
  // A sparse composite literal []T{i: a, j: b} of length len, few of its
  // elements given (the translator would spell out every zero).
  static Slice from_sparse(int64_t len, std::initializer_list<std::pair<int64_t, T>> xs) {
    Slice s = make(len);
    for (const auto& [i, v] : xs) s.ptr[i] = v;
    return s;
  }
  // A composite literal []T{a, b, c}: len == cap == count.
  static Slice from(std::initializer_list<T> xs) {
    static_assert(std::is_trivially_copyable_v<T>, "Go values are trivially copyable");
    int64_t n = static_cast<int64_t>(xs.size());
    Slice s = make(n);
    if constexpr (!std::is_empty_v<T>) {
      if (n) std::memcpy(static_cast<void*>(s.ptr), xs.begin(), n * sizeof(T));
    }
    return s;
  }

  bool is_nil() const { return ptr == nullptr; }

  // s[i], bounds-checked against len.
  T& at(int64_t i) const {
    detail::check_index(i, len);
    return ptr[i];
  }
  // s[i] where the emitter proved i in range.
  T& operator[](int64_t i) const { return ptr[i]; }

  // s[lo:hi]: hi may reach cap. An empty-capacity result keeps the base pointer, as Go does,
  // so it never points past the array (and a nil slice stays nil).
  Slice slice(int64_t lo, int64_t hi) const {
    detail::check_slice2(lo, hi, cap, BoundsCode::SliceAcap);
    return {cap == lo ? ptr : ptr + lo, hi - lo, cap - lo};
  }
  Slice slice(int64_t lo, int64_t hi, int64_t max) const {
    detail::check_slice3(lo, hi, max, cap, BoundsCode::Slice3Acap);
    return {max == lo ? ptr : ptr + lo, hi - lo, max - lo};
  }
  Slice slice_from(int64_t lo) const {
    detail::check_slice_from(lo, len);
    return {cap == lo ? ptr : ptr + lo, len - lo, cap - lo};
  }

  T* begin() const { return ptr; }
  T* end() const { return ptr + len; }
};

namespace detail {
template <class T>
inline Slice<T> grow(Slice<T> s, int64_t need) {
  Grown g = growslice(s.ptr, s.len, s.cap, need, elem_size_v<T>, pointer_free_v<T>);
  return {static_cast<T*>(g.ptr), s.len, g.cap};
}
}  // namespace detail

// append(s, v1, v2, ...). The values are taken by value: Go evaluates every operand before
// append writes anything, and a value may alias an element the append overwrites.
template <class T, class... U>
requires(std::is_convertible_v<U, T>&&...) inline Slice<T> append(Slice<T> s, U... vs) {
  constexpr int64_t n = sizeof...(U);
  if constexpr (n == 0) {
    return s;
  } else {
    int64_t need = int64_t(uint64_t(s.len) + uint64_t(n));  // wraps like Go's
    // Unsigned, as gc compares: a length that overflowed int64 must reach growslice's panic.
    if (uint64_t(need) > uint64_t(s.cap)) [[unlikely]]
      s = detail::grow(s, need);
    if constexpr (!std::is_empty_v<T>) {
      T* p = s.ptr + s.len;
      ((*p++ = static_cast<T>(vs)), ...);
    }
    s.len = need;
    return s;
  }
}

// append(s, t...). t may share s's backing array (append(s[:i], s[i+1:]...)), hence memmove.
template <class T>
inline Slice<T> append_slice(Slice<T> s, Slice<T> t) {
  static_assert(std::is_trivially_copyable_v<T>, "Go values are trivially copyable");
  if (t.len == 0) return s;
  int64_t need = int64_t(uint64_t(s.len) + uint64_t(t.len));
  if (uint64_t(need) > uint64_t(s.cap)) s = detail::grow(s, need);
  if constexpr (!std::is_empty_v<T>)
    std::memmove(static_cast<void*>(s.ptr + s.len), t.ptr, t.len * sizeof(T));
  s.len = need;
  return s;
}

// append(b, str...) for b []byte.
inline Slice<uint8_t> append_string(Slice<uint8_t> s, String t) {
  if (t.len == 0) return s;
  int64_t need = int64_t(uint64_t(s.len) + uint64_t(t.len));
  if (uint64_t(need) > uint64_t(s.cap)) s = detail::grow(s, need);
  std::memmove(s.ptr + s.len, t.ptr, size_t(t.len));
  s.len = need;
  return s;
}

// copy(dst, src): min(len(dst), len(src)) elements, overlapping allowed.
template <class T>
inline int64_t copy(Slice<T> dst, Slice<T> src) {
  static_assert(std::is_trivially_copyable_v<T>, "Go values are trivially copyable");
  int64_t n = dst.len < src.len ? dst.len : src.len;
  if constexpr (!std::is_empty_v<T>) {
    if (n > 0 && dst.ptr != src.ptr)
      std::memmove(static_cast<void*>(dst.ptr), src.ptr, n * sizeof(T));
  }
  return n;
}

// copy(dst, str) for dst []byte.
inline int64_t copy_string(Slice<uint8_t> dst, String src) {
  int64_t n = dst.len < src.len ? dst.len : src.len;
  if (n > 0) std::memmove(dst.ptr, src.ptr, size_t(n));
  return n;
}

static_assert(std::is_trivially_copyable_v<Slice<int64_t>> && Slice<int64_t>{}.ptr == nullptr &&
              Slice<int64_t>{}.len == 0 && Slice<int64_t>{}.cap == 0);
static_assert(std::is_trivially_copyable_v<Slice<String>>);

}  // namespace gocxx
