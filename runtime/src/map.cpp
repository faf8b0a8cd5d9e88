// This file implements the out-of-line half of Go maps (see detail/hmap.h for the table and
// the iteration scheme): creation, inserting a new key, deletion, rehashing, type-erased
// lookup and iteration.
#include <cstring>

#include "gocxx/detail/hmap.h"
#include "gocxx/hash.h"

namespace gocxx::detail {

namespace {

// The table of a map with no storage yet: one group of EMPTY control bytes, so lookups need no
// special case; the first insertion finds growth_left == 0 and allocates.
alignas(16) uint8_t kEmptyGroup[kMapGroup] = {
    kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty,
    kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty, kCtrlEmpty};

// Maximum load 7/8: beyond that, probe sequences get long.
int64_t growth_of(uint64_t capacity) { return int64_t(capacity - capacity / 8); }

uint64_t capacity_for(int64_t entries) {
  uint64_t cap = kMapGroup;
  while (growth_of(cap) < entries) cap *= 2;
  return cap;
}

// Points h at a fresh, empty table of `capacity` slots (the old arrays are left as they were:
// an iterator may still be walking them).
void alloc_table(hmap* h, uint64_t capacity) {
  const MapLayout* l = h->layout;
  auto* ctrl = static_cast<uint8_t*>(gc_alloc_atomic_uninit(capacity));
  std::memset(ctrl, kCtrlEmpty, capacity);
  uint64_t bytes = capacity * l->slot_size;
  h->ctrl = ctrl;
  // Unscanned slots are left uninitialized: a slot is zeroed when it is claimed (or written
  // whole by a rehash), so no page is touched before it is used. Scanned ones must start
  // zeroed for the collector, which clears them itself.
  if (l->pointer_free) {
    h->slots = static_cast<char*>(gc_alloc_atomic_uninit(bytes));
  } else {
    h->slots = static_cast<char*>(gc_alloc(bytes));
    gc_advise_huge(h->slots, bytes);
  }
  h->mask = capacity - 1;
  h->growth_left = growth_of(capacity);
}

// The first EMPTY or DELETED slot on `hash`'s probe sequence.
uint64_t find_free(const hmap* h, uint64_t hash) {
  const uint64_t gmask = h->mask >> 4;
  uint64_t g = map_group_of(hash, h->mask);
  for (uint64_t step = 1;; step++) {
    uint32_t m = CtrlGroup(h->ctrl + (g << 4)).match_free();
    if (m) return (g << 4) + uint64_t(__builtin_ctz(m));
    g = (g + step) & gmask;
  }
}

// Moves every entry into a new table big enough for `need` entries. A table full of
// tombstones is rebuilt at the same size; otherwise the capacity doubles.
void rehash(hmap* h, int64_t need) {
  const MapLayout* l = h->layout;
  uint64_t old_cap = h->mask + 1;
  const uint8_t* old_ctrl = h->ctrl;
  const char* old_slots = h->slots;
  bool had_table = old_ctrl != kEmptyGroup;
  uint64_t cap = had_table ? old_cap : kMapGroup;
  if (had_table && need > growth_of(old_cap) / 2) cap = old_cap * 2;
  if (capacity_for(need) > cap) cap = capacity_for(need);
  alloc_table(h, cap);
  if (!had_table) return;
  const uint32_t size = l->slot_size;
  for (uint64_t i = 0; i < old_cap; i++) {
    if (old_ctrl[i] & 0x80) continue;
    const char* src = old_slots + i * size;
    uint64_t hash = l->hash(src, h->seed);
    uint64_t j = find_free(h, hash);
    h->ctrl[j] = map_tag(hash);
    std::memcpy(h->slots + j * size, src, size);
  }
  h->growth_left -= h->count;
}

}  // namespace

hmap* map_make(const MapLayout* layout, int64_t hint) {
  auto* h = static_cast<hmap*>(gc_alloc(sizeof(hmap)));
  h->layout = layout;
  h->seed = fastrand();
  // Go's makemap ignores a hint whose table could not be allocated, and a negative one.
  uint64_t bytes;
  if (hint < 0 || __builtin_mul_overflow(uint64_t(hint), uint64_t(layout->slot_size) + 1, &bytes) ||
      bytes > (uint64_t(1) << 48))
    hint = 0;
  if (hint == 0) {
    h->ctrl = kEmptyGroup;
    h->slots = nullptr;
    h->mask = kMapGroup - 1;
    h->growth_left = 0;
  } else {
    alloc_table(h, capacity_for(hint));
  }
  return h;
}

char* map_insert_new(hmap* h, uint64_t hash) {
  uint64_t i = find_free(h, hash);
  if (h->ctrl[i] == kCtrlEmpty) {
    if (h->growth_left == 0) {
      rehash(h, h->count + 1);
      i = find_free(h, hash);
    }
    h->growth_left--;
  }
  h->ctrl[i] = map_tag(hash);
  h->count++;
  char* slot = h->slots + i * h->layout->slot_size;
  if (h->layout->pointer_free) std::memset(slot, 0, h->layout->slot_size);
  return slot;
}

void map_erase(hmap* h, char* slot) {
  const uint32_t size = h->layout->slot_size;
  uint64_t i = uint64_t(slot - h->slots) / size;
  // A group that already holds an EMPTY ends every probe sequence reaching it, so no later key
  // depends on this slot having been full: it can become EMPTY (and usable) again.
  if (CtrlGroup(h->ctrl + (i & ~(kMapGroup - 1))).match_empty()) {
    h->ctrl[i] = kCtrlEmpty;
    h->growth_left++;
  } else {
    h->ctrl[i] = kCtrlDeleted;
  }
  // Clear the slot so the collector does not keep what the entry pointed to.
  if (!h->layout->pointer_free) std::memset(slot, 0, size);
  h->count--;
}

int64_t map_len(const hmap* h) { return h ? h->count : 0; }

namespace {

char* find_erased(const hmap* h, const void* key) {
  const MapLayout* l = h->layout;
  uint64_t hash = l->hash(key, h->seed);
  const uint64_t gmask = h->mask >> 4;
  uint64_t g = map_group_of(hash, h->mask);
  const uint8_t tag = map_tag(hash);
  for (uint64_t step = 1;; step++) {
    CtrlGroup grp(h->ctrl + (g << 4));
    for (uint32_t m = grp.match(tag); m != 0; m &= m - 1) {
      char* slot = h->slots + ((g << 4) + uint64_t(__builtin_ctz(m))) * l->slot_size;
      if (l->eq(slot, key)) return slot;
    }
    if (grp.match_empty()) return nullptr;
    g = (g + step) & gmask;
  }
}

}  // namespace

const void* map_lookup(const hmap* h, const void* key) {
  if (h == nullptr || h->count == 0) return nullptr;
  char* s = find_erased(h, key);
  return s ? s + h->layout->val_offset : nullptr;
}

void map_iter_init(MapIter* it, hmap* h) {
  *it = MapIter{};
  if (h == nullptr || h->count == 0) return;
  it->h = h;
  it->ctrl = h->ctrl;
  it->slots = h->slots;
  it->mask = h->mask;
  it->offset = fastrand() & h->mask;  // Go randomizes where each range loop starts
}

bool map_iter_next(MapIter* it) {
  hmap* h = it->h;
  if (h == nullptr) return false;
  map_check_read(h, "concurrent map iteration and map write");
  const MapLayout* l = h->layout;
  while (it->i <= it->mask) {
    uint64_t idx = (it->offset + it->i) & it->mask;
    it->i++;
    if (it->ctrl[idx] & 0x80) continue;  // EMPTY or DELETED
    const char* slot = it->slots + idx * l->slot_size;
    if (it->ctrl == h->ctrl) {
      it->key = slot;
      it->val = slot + l->val_offset;
      return true;
    }
    // The map moved to a new table: this one is a frozen snapshot. A key that is not equal to
    // itself (NaN) can be neither found nor deleted, so its snapshot entry is still current.
    if (!l->eq(slot, slot)) {
      it->key = slot;
      it->val = slot + l->val_offset;
      return true;
    }
    if (h->count == 0) break;
    if (char* cur = find_erased(h, slot)) {
      it->key = cur;
      it->val = cur + l->val_offset;
      return true;
    }
  }
  it->h = nullptr;
  return false;
}

}  // namespace gocxx::detail
