// This file implements the type-erased hash table behind Map<K, V> (Go: runtime/map.go's
// hmap; the table itself is an open-addressing "Swiss table", not Go's bucket chains).
//
// Layout: `capacity` slots (a power of two, at least one group of 16), each holding a key and
// its value at fixed offsets, plus one control byte per slot: EMPTY, DELETED, or the low 7 bits
// of the key's hash for a full slot. A lookup hashes the key once, picks a group of 16 slots
// from the high bits, compares all 16 control bytes against the 7-bit tag with one SSE2
// instruction, and only compares keys whose tag matched; groups are probed quadratically until
// one holding an EMPTY byte ends the search.
//
// Iteration with Go's semantics: entries never move while a table is in use (deletion leaves
// DELETED, or EMPTY when the group already has an EMPTY, and nothing else); growth and
// tombstone cleanup always build a NEW table and leave the old one untouched. An iterator
// walks the table it started on from a random slot. While that table is still the map's, what
// it sees is current. Once the map has moved to a new table, the old one is a frozen snapshot:
// the iterator keeps walking it, and for each key asks the current table whether the entry
// still exists and what its value is now, so deleted entries are skipped and none is produced
// twice (entries added after the move may be missed, which Go allows).
#pragma once

#include <cstdint>
#include <cstring>

#include "gocxx/value.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gocxx::detail {

inline constexpr uint64_t kMapGroup = 16;
inline constexpr uint8_t kCtrlEmpty = 0x80;    // never used
inline constexpr uint8_t kCtrlDeleted = 0xFE;  // tombstone: lookups continue past it

// What the type-erased code needs to know about one Map<K, V> instantiation.
struct MapLayout {
  uint32_t key_size;
  uint32_t val_size;    // 0 for empty value types (sets: map[K]struct{})
  uint32_t val_offset;  // from the slot start
  uint32_t slot_size;
  bool pointer_free;  // neither key nor value holds a pointer: slots need no scanning
  HashFn hash;
  EqualFn eq;
};

struct hmap {
  const MapLayout* layout;
  uint8_t* ctrl;        // capacity control bytes, 16-aligned
  char* slots;          // capacity * slot_size bytes
  uint64_t mask;        // capacity - 1
  int64_t count;        // live entries: len(m)
  int64_t growth_left;  // EMPTY slots that may still be filled before a rehash
  uint64_t seed;        // per-map hash seed, random as Go's is
  uint32_t flags;       // kMapWriting while a write is under way (Go's hashWriting)
};

// Go's fatal(): "fatal error: <msg>", the goroutine header, exit status 2; not recoverable.
[[noreturn]] void fatal_error(const char* msg);

// Go detects unsynchronized map use on a best-effort basis: a write sets a flag for its
// duration, and a write or read that finds it set is a fatal error, not a crash or a hang
// in a corrupted table. The flag is read and written with relaxed atomics (plain moves on
// x86) so that the detection itself is no data race.
inline constexpr uint32_t kMapWriting = 1;
inline uint32_t map_flags(const hmap* h) { return __atomic_load_n(&h->flags, __ATOMIC_RELAXED); }
inline void map_check_read(const hmap* h, const char* what) {
  if (map_flags(h) & kMapWriting) [[unlikely]]
    fatal_error(what);
}

// Marks a write from construction to destruction (Go's mapassign / mapdelete).
class MapWriteScope {
 public:
  explicit MapWriteScope(hmap* h) : h_(h) {
    uint32_t f = map_flags(h);
    if (f & kMapWriting) [[unlikely]]
      fatal_error("concurrent map writes");
    __atomic_store_n(&h->flags, f | kMapWriting, __ATOMIC_RELAXED);
  }
  ~MapWriteScope() {
    uint32_t f = map_flags(h_);
    if (!(f & kMapWriting)) [[unlikely]]
      fatal_error("concurrent map writes");
    __atomic_store_n(&h_->flags, f & ~kMapWriting, __ATOMIC_RELAXED);
  }
  MapWriteScope(const MapWriteScope&) = delete;
  MapWriteScope& operator=(const MapWriteScope&) = delete;

 private:
  hmap* h_;
};

// Control-byte scans of one 16-slot group: bit i of the result is slot i.
struct CtrlGroup {
#if defined(__SSE2__)
  __m128i v;
  explicit CtrlGroup(const uint8_t* p) : v(_mm_load_si128(reinterpret_cast<const __m128i*>(p))) {}
  uint32_t match(uint8_t tag) const {
    return uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(char(tag)))));
  }
  uint32_t match_empty() const { return match(kCtrlEmpty); }
  uint32_t match_free() const { return uint32_t(_mm_movemask_epi8(v)); }  // EMPTY or DELETED
#else
  const uint8_t* p;
  explicit CtrlGroup(const uint8_t* q) : p(q) {}
  uint32_t match(uint8_t tag) const {
    uint32_t m = 0;
    for (uint32_t i = 0; i < kMapGroup; i++) m |= uint32_t(p[i] == tag) << i;
    return m;
  }
  uint32_t match_empty() const { return match(kCtrlEmpty); }
  uint32_t match_free() const {
    uint32_t m = 0;
    for (uint32_t i = 0; i < kMapGroup; i++) m |= uint32_t(p[i] >> 7) << i;
    return m;
  }
#endif
};

inline uint8_t map_tag(uint64_t hash) { return uint8_t(hash & 0x7F); }
inline uint64_t map_group_of(uint64_t hash, uint64_t mask) { return (hash >> 7) & (mask >> 4); }

// Finds the slot holding a key equal to the one `eq(slot)` tests for; nullptr when absent.
template <uint32_t SlotSize, class Eq>
inline char* map_find(const hmap* h, uint64_t hash, Eq&& eq) {
  const uint64_t gmask = h->mask >> 4;
  uint64_t g = map_group_of(hash, h->mask);
  const uint8_t tag = map_tag(hash);
  for (uint64_t step = 1;; step++) {
    CtrlGroup grp(h->ctrl + (g << 4));
    for (uint32_t m = grp.match(tag); m != 0; m &= m - 1) {
      char* slot = h->slots + ((g << 4) + uint64_t(__builtin_ctz(m))) * SlotSize;
      if (eq(slot)) [[likely]]
        return slot;
    }
    if (grp.match_empty()) return nullptr;
    // Triangular probing visits every group within gmask + 1 steps, and a table always keeps
    // an EMPTY slot: going on means writers raced and corrupted it.
    if (step > gmask) [[unlikely]]
      fatal_error("concurrent map writes");
    g = (g + step) & gmask;
  }
}

// Creates a map sized for `hint` entries (Go's makemap: a negative or absurd hint is 0).
hmap* map_make(const MapLayout* layout, int64_t hint);
// Claims a slot for a key known to be absent, growing the table if needed; the slot is zeroed
// and counted, the caller writes the key.
char* map_insert_new(hmap* h, uint64_t hash);
// Removes the entry at `slot` (found by a lookup in the current table).
void map_erase(hmap* h, char* slot);

// Type-erased access (reflection, fmt): the map value is its hmap* (nil map: nullptr); an
// interface holding a map has the hmap* as its data word. Keys and values are read through
// the map's Type descriptor (key / elem).
int64_t map_len(const hmap* h);
const void* map_lookup(const hmap* h, const void* key);  // the value, or nullptr

// An iteration in progress (`for k, v := range m`). Zero-initialized means finished.
struct MapIter {
  hmap* h;
  const uint8_t* ctrl;  // the table being walked (the map's current one, or a frozen old one)
  const char* slots;
  uint64_t mask;
  uint64_t offset;  // random starting slot
  uint64_t i;       // slots visited so far
  const void* key;  // the current entry, valid until the map is next modified
  const void* val;
};
void map_iter_init(MapIter* it, hmap* h);
bool map_iter_next(MapIter* it);
inline const void* map_iter_key(const MapIter* it) { return it->key; }
inline const void* map_iter_value(const MapIter* it) { return it->val; }

}  // namespace gocxx::detail
