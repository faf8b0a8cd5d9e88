// This file implements ast::Arena, the bump allocator that owns every AST
// node and list of a compilation.
//
// Nodes are never freed one by one: the arena releases its chunks all at once
// when it is destroyed. Everything allocated must therefore be trivially
// destructible (nodes hold spans and string_views, never std::string).

#ifndef GOCXX_PARSE_ARENA_H_
#define GOCXX_PARSE_ARENA_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

namespace gocxx::ast {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Allocates and constructs a T.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    void* p = allocate(sizeof(T), alignof(T));
    return new (p) T(std::forward<Args>(args)...);
  }

  // Copies [first, first + n) into the arena and returns it as a span.
  template <class T>
  std::span<T> copy(const T* first, size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (n == 0) return {};
    T* p = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
    std::memcpy(static_cast<void*>(p), first, sizeof(T) * n);
    return {p, n};
  }
  template <class T>
  std::span<T> copy(const std::vector<T>& v) {
    return copy(v.data(), v.size());
  }

  // Total bytes handed out since construction (for statistics).
  size_t bytes_allocated() const { return allocated_; }

  // Ends the life of everything allocated so far but keeps the memory for
  // reuse (a tool parsing files one at a time avoids page faults this way).
  void reset() {
    next_chunk_ = 0;
    current_ = nullptr;
    capacity_ = used_ = 0;
  }

 private:
  void* allocate(size_t size, size_t align) {
    size_t offset = (used_ + align - 1) & ~(align - 1);
    if (current_ == nullptr || offset + size > capacity_) {
      grow(size + align);
      offset = (used_ + align - 1) & ~(align - 1);
    }
    used_ = offset + size;
    allocated_ += size;
    return current_ + offset;
  }
  void grow(size_t at_least) {
    size_t size = std::max<size_t>(kChunkSize, at_least);
    // Reuse a chunk kept by reset() if it is big enough.
    while (next_chunk_ < chunks_.size() && chunks_[next_chunk_].size < size) next_chunk_++;
    if (next_chunk_ == chunks_.size()) {
      // Not make_unique: value-initializing (zeroing) every chunk costs more
      // than the parse itself; constructors initialize every field anyway.
      chunks_.push_back(Chunk{std::unique_ptr<std::byte[]>(new std::byte[size]), size});
    }
    current_ = chunks_[next_chunk_].data.get();
    capacity_ = chunks_[next_chunk_].size;
    next_chunk_++;
    used_ = 0;
  }

  struct Chunk {
    std::unique_ptr<std::byte[]> data;
    size_t size;
  };
  static constexpr size_t kChunkSize = 64 * 1024;
  std::vector<Chunk> chunks_;
  size_t next_chunk_ = 0;  // first chunk not yet in use
  std::byte* current_ = nullptr;
  size_t capacity_ = 0;
  size_t used_ = 0;
  size_t allocated_ = 0;
};

}  // namespace gocxx::ast

#endif  // GOCXX_PARSE_ARENA_H_
