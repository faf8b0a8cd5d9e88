// This file implements the out-of-line parts of hash.h: hashing byte strings, hashing
// interface values through their dynamic type, and the per-thread random source.
//
// hash_bytes reads the input in 16-byte steps, folding each step into the state with one
// 64x64->128 multiply; inputs of 16 bytes or fewer take one step with overlapping loads, so
// short keys (the common map key) cost two multiplies and no loop.
#include "gocxx/hash.h"

#include <chrono>
#include <string>

#include "gocxx/panic.h"

namespace gocxx::detail {

namespace {

uint64_t load64(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
uint64_t load32(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

}  // namespace

uint64_t hash_bytes(const void* data, int64_t len, uint64_t seed) {
  auto* p = static_cast<const unsigned char*>(data);
  uint64_t n = uint64_t(len);
  seed ^= hash_mix(seed ^ kHashK0, n ^ kHashK1);
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 8) {
      a = load64(p);
      b = load64(p + n - 8);
    } else if (n >= 4) {
      a = (load32(p) << 32) | load32(p + n - 4);
      b = 0;
    } else if (n > 0) {
      a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    uint64_t i = n;
    while (i > 16) {
      seed = hash_mix(load64(p) ^ kHashK1, load64(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = load64(p + i - 16);
    b = load64(p + i - 8);
  }
  return hash_mix(hash_mix(a ^ kHashK1, b ^ seed) ^ kHashK2, n ^ kHashK0);
}

uint64_t fastrand() {
  thread_local uint64_t state = [] {
    uint64_t t = uint64_t(std::chrono::steady_clock::now().time_since_epoch().count());
    uint64_t addr = reinterpret_cast<uintptr_t>(&state);
    return hash_mix(t ^ kHashK0, addr ^ kHashK1);
  }();
  state += kHashK2;
  return hash_mix(state, state ^ kHashK1);
}

uint64_t hash_any(const Any& a, uint64_t seed) {
  const Type* t = a.type;
  if (t == nullptr) return hash_u64(0, seed);
  if (t->hash == nullptr)
    panic_runtime_error(String::copy_of("hash of unhashable type " + std::string(t->name)));
  // Pointer-shaped values are the data word itself: hash a pointer to it.
  return t->is_direct() ? t->hash(&a.data, seed) : t->hash(a.data, seed);
}

}  // namespace gocxx::detail
