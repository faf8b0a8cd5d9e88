// This file implements hashing of Go values for map keys and interface type descriptors
// (Go: runtime/alg.go). Every comparable Go type hashes through gocxx::Hasher<K>:
//
//   Go key type                  how Hasher<K> hashes it
//   integers, bool, pointers     hash_of(v, seed): the bits, mixed
//   float32/64                   +0 and -0 alike; NaN gets a fresh random hash every time
//   string                       hash_of(String, seed): the bytes
//   chan T                       the channel's identity
//   interface types (Any)        the dynamic type's Type::hash ("runtime error: hash of
//                                unhashable type []int" when it has none)
//   arrays, structs              go_hash(v, seed) found by ADL: Array<T, N> has one when T is
//                                hashable; generated structs define one that chains their fields:
//     friend uint64_t go_hash(const Point& p, uint64_t h) {
//       h = gocxx::Hasher<int64_t>::hash(p.x, h);
//       return gocxx::Hasher<gocxx::String>::hash(p.name, h);
//     }
// gocxx::equal_fn<T> / hash_fn<T> are the type-erased forms that go into Type descriptors'
// constant initializers (`.equal = gocxx::equal_fn<Point>, .hash = gocxx::hash_fn<Point>`).
//
// The mixing function is a 64x64->128 multiply folded to 64 bits (the construction wyhash and
// others use), written for this runtime; seeds are random per map, as Go's are.
#pragma once

#include <cstdint>
#include <cstring>
#include <type_traits>

#include "gocxx/traits.h"
#include "gocxx/value.h"

namespace gocxx {

namespace detail {

inline constexpr uint64_t kHashK0 = 0x9e3779b97f4a7c15ull;
inline constexpr uint64_t kHashK1 = 0xd6e8feb86659fd93ull;
inline constexpr uint64_t kHashK2 = 0xa0761d6478bd642full;

inline uint64_t hash_mix(uint64_t a, uint64_t b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

inline uint64_t hash_u64(uint64_t v, uint64_t seed) {
  return hash_mix(hash_mix(v ^ kHashK0, seed ^ kHashK1), seed ^ kHashK2);
}

uint64_t hash_bytes(const void* p, int64_t n, uint64_t seed);

// A fast per-thread pseudo-random number (Go's fastrand): map seeds, iteration starts, NaNs.
uint64_t fastrand();

}  // namespace detail

template <class T>
requires(std::is_integral_v<T> || std::is_enum_v<T>) inline uint64_t hash_of(T v, uint64_t seed) {
  return detail::hash_u64(static_cast<uint64_t>(v), seed);
}

template <class T>
requires std::is_floating_point_v<T>
inline uint64_t hash_of(T v, uint64_t seed) {
  if (v == 0) return detail::hash_u64(0, seed);                   // +0 and -0 are equal keys
  if (v != v) return detail::hash_u64(detail::fastrand(), seed);  // NaN: never found again
  double d = v;
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return detail::hash_u64(bits, seed);
}

template <class T>
inline uint64_t hash_of(T* p, uint64_t seed) {
  // Boehm's collector never moves objects, so an address is a stable identity.
  return detail::hash_u64(reinterpret_cast<uintptr_t>(p), seed);
}

inline uint64_t hash_of(String s, uint64_t seed) { return detail::hash_bytes(s.ptr, s.len, seed); }

inline uint64_t go_hash(String s, uint64_t seed) { return hash_of(s, seed); }

template <class T>
inline uint64_t go_hash(const Chan<T>& c, uint64_t seed) {
  return hash_of(c.raw(), seed);
}

namespace detail {
// Hashes an interface value by its dynamic type (panics for unhashable dynamic types).
uint64_t hash_any(const Any& a, uint64_t seed);

template <class K>
concept HasGoHash = requires(const K& k, uint64_t s) {
  { go_hash(k, s) } -> std::convertible_to<uint64_t>;
};
template <class K>
concept HasHashOf = requires(const K& k, uint64_t s) {
  { hash_of(k, s) } -> std::convertible_to<uint64_t>;
};
}  // namespace detail

template <class K>
struct Hasher {
  static uint64_t hash(const K& k, uint64_t seed) {
    if constexpr (std::is_base_of_v<Any, K>)
      return detail::hash_any(k, seed);
    else if constexpr (detail::HasGoHash<K>)
      return go_hash(k, seed);
    else if constexpr (detail::HasHashOf<K>)
      return hash_of(k, seed);
    else
      static_assert(sizeof(K) == 0,
                    "gocxx::Hasher: the key type has no go_hash (not a Go comparable type?)");
  }
  // Go hashes interface keys even for lookups in a nil or empty map, so an unhashable dynamic
  // type panics there too (issue 23734).
  static constexpr bool might_panic = std::is_base_of_v<Any, K>;
};

// Whether Hasher<K> can hash K (a Go comparable type that is not a func, map or slice).
template <class K>
concept Hashable = std::is_base_of_v<Any, K> || detail::HasGoHash<K> || detail::HasHashOf<K>;

namespace detail {
template <class T>
bool equal_impl(const void* a, const void* b) {
  return *static_cast<const T*>(a) == *static_cast<const T*>(b);
}
template <class T>
uint64_t hash_impl(const void* p, uint64_t seed) {
  return Hasher<T>::hash(*static_cast<const T*>(p), seed);
}
}  // namespace detail

// Type-erased equality and hashing of a T, for Type descriptors.
template <class T>
inline constexpr EqualFn equal_fn = &detail::equal_impl<T>;
template <class T>
inline constexpr HashFn hash_fn = &detail::hash_impl<T>;

}  // namespace gocxx
