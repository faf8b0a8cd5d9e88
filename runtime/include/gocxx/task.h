// This file implements Task<T>, the C++20 coroutine type of every Go function that may block.
//
// Go:    func fetch(c chan int) int { return <-c }
// C++:   gocxx::Task<int64_t> fetch(gocxx::Chan<int64_t> c) { co_return co_await c.recv(); }
//
// Tasks start lazily. `co_await task` transfers control into the callee symmetrically (no
// scheduler round trip); when the callee finishes, its final suspend transfers back to the
// caller. The callee frame is destroyed when the awaited Task temporary dies, at the end of the
// caller's full expression: a known point, so frames are recycled through per-worker free lists
// instead of going back to the allocator. Frames come from the collector's root memory, so
// every Go pointer held in a local of a suspended function is seen by the GC.
// A panic (a C++ exception) leaving a callee is stored in its promise and rethrown in the caller.
//
// A chain of awaited frames is a goroutine's stack: its bytes are counted as Go counts stack
// size, so unbounded blocking recursion ends in Go's `fatal error: stack overflow` at 1 GB
// instead of exhausting memory.
#pragma once

#include <coroutine>
#include <cstdint>
#include <exception>
#include <new>
#include <type_traits>
#include <utility>

namespace gocxx {

namespace detail {

void* frame_alloc(std::size_t n);
void frame_free(void* p, std::size_t n) noexcept;

// Go's maxstacksize on 64-bit platforms.
inline constexpr uint64_t kMaxStackBytes = 1000000000;
// Bytes of the frames the running goroutine has awaited into: its stack. Per worker thread;
// the scheduler saves and restores it for each goroutine it runs (G::frame_bytes).
extern thread_local uint64_t tl_frame_bytes;
// The size of the coroutine frame allocated last on this thread: a promise reads it while
// its frame is being set up, since the frame size is known only to operator new.
extern thread_local uint32_t tl_new_frame_size;
// Go's report for a goroutine stack over kMaxStackBytes; exits with status 2.
[[noreturn]] void stack_overflow() noexcept;

// Called by a goroutine's root frame when it finishes; returns where control goes next.
std::coroutine_handle<> goroutine_exit() noexcept;
// Called when a panic escapes a goroutine's root frame: prints Go's report and exits 2.
[[noreturn]] void die_unrecovered(std::exception_ptr e) noexcept;
// Called when an exception escapes a goroutine's root frame: runtime.Goexit
// ends the goroutine normally (its deferred calls have run); anything else
// is an unrecovered panic (die_unrecovered).
void root_exception(std::exception_ptr e) noexcept;

struct PromiseBase {
  std::coroutine_handle<> continuation;  // the awaiting caller; null for a goroutine's root
  std::exception_ptr exception;
  uint32_t frame_size = tl_new_frame_size;  // counted in tl_frame_bytes while awaited

  static void* operator new(std::size_t n) {
    tl_new_frame_size = uint32_t(n);
    return frame_alloc(n);
  }
  static void operator delete(void* p, std::size_t n) noexcept { frame_free(p, n); }

  std::suspend_always initial_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {
    if (!continuation) return root_exception(std::current_exception());
    exception = std::current_exception();
  }
};

struct FinalAwaiter {
  bool await_ready() noexcept { return false; }
  template <class P>
  std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
    if (auto c = h.promise().continuation) {
      tl_frame_bytes -= h.promise().frame_size;
      return c;
    }
    return goroutine_exit();
  }
  void await_resume() noexcept {}
};

}  // namespace detail

template <class T = void>
class [[nodiscard]] Task;

namespace detail {

template <class T>
struct Promise : PromiseBase {
  union {
    T value;
  };
  bool has_value = false;

  Promise() noexcept {}
  ~Promise() {
    if (has_value) value.~T();
  }
  Task<T> get_return_object() noexcept;
  FinalAwaiter final_suspend() noexcept { return {}; }
  template <class U>
  void return_value(U&& v) {
    ::new (static_cast<void*>(&value)) T(std::forward<U>(v));
    has_value = true;
  }
};

template <>
struct Promise<void> : PromiseBase {
  Task<void> get_return_object() noexcept;
  FinalAwaiter final_suspend() noexcept { return {}; }
  void return_void() noexcept {}
};

}  // namespace detail

template <class T>
class [[nodiscard]] Task {
 public:
  using promise_type = detail::Promise<T>;
  using handle_type = std::coroutine_handle<promise_type>;

  Task() noexcept = default;
  explicit Task(handle_type h) noexcept : h_(h) {}
  Task(Task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Task& operator=(Task&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() {
    if (h_) h_.destroy();
  }

  // Awaiting runs the callee now, on this goroutine.
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> caller) noexcept {
    auto& p = h_.promise();
    p.continuation = caller;
    if ((detail::tl_frame_bytes += p.frame_size) > detail::kMaxStackBytes) [[unlikely]]
      detail::stack_overflow();
    return h_;
  }
  T await_resume() {
    auto& p = h_.promise();
    if (p.exception) [[unlikely]]
      std::rethrow_exception(std::move(p.exception));
    if constexpr (!std::is_void_v<T>) return std::move(p.value);
  }

  // Hands the not-yet-started frame to the scheduler (used by `go`).
  handle_type release() noexcept { return std::exchange(h_, {}); }

 private:
  handle_type h_;
};

namespace detail {
template <class T>
Task<T> Promise<T>::get_return_object() noexcept {
  return Task<T>(std::coroutine_handle<Promise<T>>::from_promise(*this));
}
inline Task<void> Promise<void>::get_return_object() noexcept {
  return Task<void>(std::coroutine_handle<Promise<void>>::from_promise(*this));
}
}  // namespace detail

}  // namespace gocxx
