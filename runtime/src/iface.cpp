// This file implements itab construction and the global itab table, the static boxes, and
// Go's *runtime.TypeAssertionError panics (see iface.h; Go: runtime/iface.go, runtime/error.go).
//
// The global table maps (dynamic type, interface) to an Itab record. Readers probe it without
// locks: records are immutable once published and tables are only ever replaced by larger
// copies (the old ones are kept, as Go keeps its), so a reader holding an old table still sees
// valid records. Writers serialize on a mutex. Records live outside the collected heap: the
// only references to them are in this table and in interface descriptors' caches, which the
// collector does not scan.
#include "gocxx/iface.h"

#include <atomic>
#include <cstring>
#include <mutex>
#include <string>

#include "gocxx/hash.h"
#include "gocxx/method_call.h"
#include "gocxx/panic.h"

namespace gocxx {

namespace detail {

// staticuint64s: box i holds the value i (little-endian, so any integer type reads it back).
alignas(16) const uint64_t small_values[256] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,
    19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,
    38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,  53,  54,  55,  56,
    57,  58,  59,  60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,  72,  73,  74,  75,
    76,  77,  78,  79,  80,  81,  82,  83,  84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,
    95,  96,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132,
    133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151,
    152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170,
    171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
    190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208,
    209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227,
    228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246,
    247, 248, 249, 250, 251, 252, 253, 254, 255,
};
alignas(16) const unsigned char zero_value[kZeroValueSize] = {};

namespace {

// Go reports a missing method by its bare name: "m", not "main.m".
const char* bare_name(const char* name) {
  const char* dot = std::strrchr(name, '.');
  return dot ? dot + 1 : name;
}

// The entry of method m that Go code calls: generated types have only the one their family's
// convention uses; the runtime's own types have both, and the program's registry decides.
MethodFn entry_for_go(const Method& m) {
  if (m.fn == nullptr) return m.task_fn;
  if (m.task_fn == nullptr) return m.fn;
  return method_family_async(m.name, m.sig) ? m.task_fn : m.fn;
}

// Builds the record for (dyn, iface): for each interface method, in order, the dynamic type's
// method with the same name and signature. Both lists are sorted by name, so the search resumes
// where the previous one stopped; it wraps around, so an unsorted list is slower, not wrong.
const Itab* build_itab(const Type* dyn, const Type* iface) {
  uint32_t ni = iface->num_methods, nt = dyn->num_methods;
  auto* fns = new MethodFn[ni ? ni : 1];
  const char* missing = nullptr;
  uint32_t j = 0;
  for (uint32_t k = 0; k < ni && !missing; k++) {
    const Method& im = iface->methods[k];
    bool found = false;
    for (uint32_t n = 0; n < nt; n++, j = (j + 1) % nt) {
      const Method& tm = dyn->methods[j];
      if (std::strcmp(tm.name, im.name) == 0 && std::strcmp(tm.sig, im.sig) == 0) {
        fns[k] = entry_for_go(tm);
        found = true;
        break;
      }
    }
    if (!found) missing = bare_name(im.name);
  }
  if (missing) {
    delete[] fns;
    fns = nullptr;
  }
  return new Itab{iface, dyn, fns, missing};
}

struct ItabTable {
  uint64_t mask;
  uint64_t count;
  std::atomic<const Itab*>* slots;
  const ItabTable* older;  // the table this one replaced: readers may still be probing it
};

uint64_t pair_hash(const Type* dyn, const Type* iface) {
  return hash_mix(reinterpret_cast<uintptr_t>(dyn) ^ kHashK0,
                  reinterpret_cast<uintptr_t>(iface) ^ kHashK1);
}

ItabTable* new_table(uint64_t capacity) {
  auto* slots = new std::atomic<const Itab*>[capacity];
  for (uint64_t i = 0; i < capacity; i++) slots[i].store(nullptr, std::memory_order_relaxed);
  return new ItabTable{capacity - 1, 0, slots, nullptr};
}

std::atomic<ItabTable*> g_table{nullptr};
std::mutex g_table_mu;

const Itab* probe(const ItabTable* t, const Type* dyn, const Type* iface) {
  for (uint64_t i = pair_hash(dyn, iface) & t->mask;; i = (i + 1) & t->mask) {
    const Itab* e = t->slots[i].load(std::memory_order_acquire);
    if (e == nullptr) return nullptr;
    if (e->dyn == dyn && e->iface == iface) return e;
  }
}

void insert(ItabTable* t, const Itab* rec) {
  uint64_t i = pair_hash(rec->dyn, rec->iface) & t->mask;
  while (t->slots[i].load(std::memory_order_relaxed) != nullptr) i = (i + 1) & t->mask;
  t->slots[i].store(rec, std::memory_order_release);
  t->count++;
}

}  // namespace

const Itab* itab_record(const Type* dyn, const Type* iface) {
  if (const ItabTable* t = g_table.load(std::memory_order_acquire))
    if (const Itab* e = probe(t, dyn, iface)) return e;
  std::lock_guard<std::mutex> lock(g_table_mu);
  ItabTable* t = g_table.load(std::memory_order_relaxed);
  if (t == nullptr) {
    t = new_table(256);
    g_table.store(t, std::memory_order_release);
  } else if (const Itab* e = probe(t, dyn, iface)) {
    return e;
  }
  const Itab* rec = build_itab(dyn, iface);
  if ((t->count + 1) * 4 > (t->mask + 1) * 3) {
    // Readers may still be probing the old table: copy into a new one and publish it.
    ItabTable* bigger = new_table((t->mask + 1) * 2);
    bigger->older = t;
    for (uint64_t i = 0; i <= t->mask; i++)
      if (const Itab* e = t->slots[i].load(std::memory_order_relaxed)) insert(bigger, e);
    insert(bigger, rec);
    g_table.store(bigger, std::memory_order_release);
  } else {
    insert(t, rec);
  }
  return rec;
}

const MethodFn* itab_slow(const Type* dyn, const Type* iface) {
  const Itab* rec = itab_record(dyn, iface);
  // Negative records are cached too: their fns is nullptr, which is itab()'s answer.
  iface->itab_cache[itab_slot(dyn)].store(rec, std::memory_order_release);
  return rec->fns;
}

namespace {

// runtime.TypeAssertionError: the text is built once, when the panic starts. Code outside the
// runtime core reads these records (include/gocxx/std/type_assertion_error.h mirrors this
// layout): keep the two in step.
struct TypeAssertionError {
  String message;
  const Type* iface;
  const Type* concrete;
  const Type* asserted;
  const char* missing;
};

String tae_error(const void* p) { return static_cast<const TypeAssertionError*>(p)->message; }
void tae_runtime_error(const void*) {}

const Method kTaeMethods[] = {
    runtime_method<&tae_error>("Error", "func() string"),
    runtime_method<&tae_runtime_error>("RuntimeError", "func()"),
};
const Type kTaeStruct{.kind = Kind::Struct,
                      .flags = kTypeNamed,
                      .size = sizeof(TypeAssertionError),
                      .align = alignof(TypeAssertionError),
                      .name = "runtime.TypeAssertionError",
                      .pkg_path = "runtime"};
const Type kTaePointer{.kind = Kind::Pointer,
                       .flags = kTypeComparable,
                       .size = sizeof(void*),
                       .align = alignof(void*),
                       .name = "*runtime.TypeAssertionError",
                       .elem = &kTaeStruct,
                       .methods = kTaeMethods,
                       .num_methods = 2,
                       .equal = equal_fn<const void*>,
                       .hash = hash_fn<const void*>};

}  // namespace

// TypeAssertionError.Error, word for word.
void panic_type_assert(const Type* iface, const Type* have, const Type* want, const char* missing) {
  std::string inter = iface ? iface->name : "interface";
  std::string as = want->name;
  std::string msg;
  if (have == nullptr) {
    msg = "interface conversion: " + inter + " is nil, not " + as;
  } else if (missing == nullptr) {
    std::string cs = have->name;
    msg = "interface conversion: " + inter + " is " + cs + ", not " + as;
    if (cs == as) {
      msg += std::strcmp(have->pkg_path, want->pkg_path) != 0 ? " (types from different packages)"
                                                              : " (types from different scopes)";
    }
  } else {
    msg = "interface conversion: " + std::string(have->name) + " is not " + as +
          ": missing method " + missing;
  }
  auto* e = gc_new<TypeAssertionError>(
      TypeAssertionError{String::copy_of(msg), iface, have, want, missing});
  panic(Any{&kTaePointer, e});
}

}  // namespace detail

bool implements(const Type* t, const Type* iface) {
  if (t == nullptr) return false;
  if (iface->num_methods == 0) return true;
  return itab(t, iface) != nullptr;
}

}  // namespace gocxx
