// This file implements package sort's externs (runtime/std/sort/slice.go): reflect.Swapper
// and reflect.Value.Len for sort.Slice and friends, over type descriptors.
#pragma once

#include <cstring>
#include <type_traits>

#include "gocxx/std/fmt_value.h"

namespace go::sort {

namespace ext {

// The swap function's state: the slice's array, length and element size.
struct Swapper {
  char* base;
  int64_t len;
  uint64_t size;
  void operator()(int64_t i, int64_t j) const {
    if (uint64_t(i) >= uint64_t(len) || uint64_t(j) >= uint64_t(len))
      gocxx::panic(gocxx::String("reflect: slice index out of range"));
    if (i == j || size == 0) return;
    char* a = base + i * size;
    char* b = base + j * size;
    char tmp[256];
    for (uint64_t off = 0; off < size; off += sizeof tmp) {
      uint64_t n = size - off < sizeof tmp ? size - off : sizeof tmp;
      std::memcpy(tmp, a + off, n);
      std::memcpy(a + off, b + off, n);
      std::memcpy(b + off, tmp, n);
    }
  }
};

// Converts to func(i, j int) in whichever convention the program uses for that type.
struct SwapperFunc {
  Swapper s;
  template <class R>
  operator gocxx::Func<R(int64_t, int64_t)>() const {
    Swapper sw = s;
    if constexpr (std::is_void_v<R>) {
      return gocxx::Func<void(int64_t, int64_t)>::make([sw](int64_t i, int64_t j) { sw(i, j); });
    } else {
      return gocxx::Func<R(int64_t, int64_t)>::make([sw](int64_t i, int64_t j) -> R {
        sw(i, j);
        co_return;
      });
    }
  }
};

}  // namespace ext

inline ext::SwapperFunc reflectSwapper(gocxx::Any x) {
  if (x.type == nullptr || x.type->kind != gocxx::Kind::Slice)
    gocxx::panic_value_error("Swapper", x.type ? x.type->kind : gocxx::Kind::Invalid);
  auto* s = static_cast<const gocxx::Slice<char>*>(x.data);
  return ext::SwapperFunc{{s->ptr, s->len, x.type->elem->size}};
}

inline int64_t reflectLen(gocxx::Any x) { return gocxx::FmtValue::of(x).len(); }

}  // namespace go::sort
