// This file implements Map<K, V>, Go's map type, over the type-erased table in detail/hmap.h.
//
// Go:                          C++:
//   var m map[string]int         gocxx::Map<gocxx::String, int64_t> m{};   // nil map
//   m := make(map[string]int, n) auto m = gocxx::Map<gocxx::String, int64_t>::make(n);
//   m := map[string]int{"a": 1}  auto m = gocxx::Map<gocxx::String, int64_t>::from({{"a", 1}});
//   v := m[k]                    int64_t v = m.get(k);                     // zero when absent
//   v, ok := m[k]                auto [v, ok] = m.get2(k);
//   m[k] = v; m[k] += v          m.ref(k) = v; m.ref(k) += v;              // nil map panics
//   delete(m, k); len(m)         m.del(k); m.len();
//   for k, v := range m { }      for (auto it = m.iter(); it.next();) { K k = it.key(); V v =
//   it.value(); }
// Lookups inline the hash and probe loop for the concrete key type; inserting a new key,
// deleting, growing and iterating are out of line (src/map.cpp). Keys hash through
// gocxx::Hasher<K> and compare with ==, so float keys treat +0 and -0 as one key and never
// find a NaN key. A Map is one pointer, trivially copyable; copies share the table.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <tuple>
#include <type_traits>
#include <utility>

#include "gocxx/detail/hmap.h"
#include "gocxx/hash.h"
#include "gocxx/traits.h"

namespace gocxx {

[[noreturn]] void panic_nil_map_write();

namespace detail {

// The slot layout of one Map<K, V>: key, then value at its alignment. Empty value types take
// no space (map[K]struct{} sets).
template <class K, class V>
struct MapSlotOf {
  static constexpr uint32_t round_up(uint32_t n, uint32_t a) { return (n + a - 1) / a * a; }
  static constexpr uint32_t val_size = std::is_empty_v<V> ? 0 : sizeof(V);
  static constexpr uint32_t align = alignof(K) > alignof(V) ? alignof(K) : alignof(V);
  static constexpr uint32_t val_offset = round_up(sizeof(K), val_size ? alignof(V) : 1);
  static constexpr uint32_t slot_size = round_up(val_offset + val_size, align);
  static constexpr MapLayout layout{sizeof(K),
                                    val_size,
                                    val_offset,
                                    slot_size,
                                    pointer_free_v<K> && (val_size == 0 || pointer_free_v<V>),
                                    hash_fn<K>,
                                    equal_fn<K>};
};

}  // namespace detail

template <class K, class V>
class Map {
  using Slot = detail::MapSlotOf<K, V>;

 public:
  constexpr Map() noexcept = default;
  explicit Map(detail::hmap* h) noexcept : h_(h) {}

  // make(map[K]V) / make(map[K]V, hint).
  static Map make(int64_t hint = 0) {
    static_assert(std::is_trivially_copyable_v<K> && std::is_trivially_copyable_v<V>,
                  "Go values are trivially copyable");
    static_assert(Hashable<K>, "gocxx::Map: the key type must be hashable (see hash.h)");
    return Map(detail::map_make(&Slot::layout, hint));
  }
  // A composite literal map[K]V{k: v, ...}; later duplicates win, as in Go.
  static Map from(std::initializer_list<std::pair<K, V>> entries) {
    Map m = make(int64_t(entries.size()));
    for (const auto& e : entries) m.ref(e.first) = e.second;
    return m;
  }

  // m[k]: the zero value when absent or m is nil.
  V get(const K& k) const {
    if (const char* s = find(k)) return value_at(s);
    return V{};
  }
  // v, ok := m[k]
  std::tuple<V, bool> get2(const K& k) const {
    if (const char* s = find(k)) return {value_at(s), true};
    return {V{}, false};
  }
  // m[k] as an assignment target: inserts a zero value when absent; a nil map panics
  // "assignment to entry in nil map". The reference is valid until the map is next modified.
  V& ref(const K& k) {
    if (h_ == nullptr) [[unlikely]]
      panic_nil_map_write();
    uint64_t hash = Hasher<K>::hash(k, h_->seed);
    detail::MapWriteScope writing(h_);
    char* s = detail::map_find<Slot::slot_size>(
        h_, hash, [&](const char* slot) { return *reinterpret_cast<const K*>(slot) == k; });
    if (s == nullptr) {
      s = detail::map_insert_new(h_, hash);
      std::memcpy(static_cast<void*>(s), &k, sizeof(K));
    }
    if constexpr (Slot::val_size == 0) {
      static V none;  // an empty value type occupies no slot bytes; assigning it writes nothing
      return none;
    } else {
      return *reinterpret_cast<V*>(s + Slot::val_offset);
    }
  }
  // m[k] = v
  void set(const K& k, const V& v) { ref(k) = v; }
  // delete(m, k): a no-op on a nil map or a missing key.
  void del(const K& k) const {
    if (h_ == nullptr || h_->count == 0) {
      if constexpr (Hasher<K>::might_panic) (void)Hasher<K>::hash(k, 0);
      return;
    }
    uint64_t hash = Hasher<K>::hash(k, h_->seed);
    detail::MapWriteScope writing(h_);
    if (char* s = find_hashed(k, hash)) detail::map_erase(h_, s);
  }
  int64_t len() const { return h_ ? h_->count : 0; }
  bool is_nil() const { return h_ == nullptr; }

  // One `for k, v := range m` loop.
  class Iter {
   public:
    bool next() {
      if (!detail::map_iter_next(&it_)) return false;
      std::memcpy(static_cast<void*>(&key_), it_.key, sizeof(K));
      if constexpr (Slot::val_size != 0)
        std::memcpy(static_cast<void*>(&value_), it_.val, sizeof(V));
      return true;
    }
    const K& key() const { return key_; }
    const V& value() const { return value_; }

   private:
    friend class Map;
    detail::MapIter it_{};
    K key_{};
    V value_{};
  };
  Iter iter() const {
    Iter it;
    if (h_) detail::map_iter_init(&it.it_, h_);
    return it;
  }

  constexpr detail::hmap* raw() const noexcept { return h_; }
  friend bool operator==(const Map& m, std::nullptr_t) noexcept { return m.h_ == nullptr; }

 private:
  char* find(const K& k) const {
    if (h_ == nullptr || h_->count == 0) {
      // Go hashes interface keys even here, so unhashable ones panic on nil maps too.
      if constexpr (Hasher<K>::might_panic) (void)Hasher<K>::hash(k, 0);
      return nullptr;
    }
    uint64_t hash = Hasher<K>::hash(k, h_->seed);
    detail::map_check_read(h_, "concurrent map read and map write");
    return find_hashed(k, hash);
  }
  char* find_hashed(const K& k, uint64_t hash) const {
    return detail::map_find<Slot::slot_size>(
        h_, hash, [&](const char* slot) { return *reinterpret_cast<const K*>(slot) == k; });
  }
  static V value_at(const char* s) {
    if constexpr (Slot::val_size == 0)
      return V{};
    else
      return *reinterpret_cast<const V*>(s + Slot::val_offset);
  }

  detail::hmap* h_ = nullptr;
};

static_assert(std::is_trivially_copyable_v<Map<int64_t, int64_t>> &&
              Map<int64_t, int64_t>{}.raw() == nullptr);

}  // namespace gocxx
