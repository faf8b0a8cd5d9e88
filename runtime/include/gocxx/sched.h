// This file implements the public face of the scheduler: starting goroutines (`go`), running a
// program's main goroutine, and the runtime package's queries.
//
// Go:    go worker(i, ch)          C++:  gocxx::go(worker(i, ch));          // worker is a Task
// Go:    go func() { ... }()       C++:  gocxx::go([=]() -> gocxx::Task<> { ... });
// Go:    go log(x)  (never blocks) C++:  gocxx::go([=] { log(x); });
// Arguments are evaluated by the caller, as Go requires: they are copied into the new frame.
#pragma once

#include <atomic>
#include <coroutine>
#include <cstdint>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include "gocxx/detail/g.h"
#include "gocxx/detail/lock.h"
#include "gocxx/task.h"

namespace gocxx {

namespace detail {
void spawn_root(std::coroutine_handle<> root);
[[noreturn]] void run_main_root(std::coroutine_handle<> root);
uint64_t cheap_rand();

// Keeps a callable alive in the goroutine's root frame and runs it there.
template <class F>
Task<void> go_trampoline(F f) {
  if constexpr (std::is_void_v<std::invoke_result_t<F&>>) {
    f();
  } else {
    co_await f();
  }
}

}  // namespace detail

// Starts a goroutine running `t` (a not-yet-started call of a blocking function).
inline void go(Task<void>&& t) { detail::spawn_root(t.release()); }

// Starts a goroutine running a callable (a closure); it may return void or a Task.
template <class F>
requires std::is_invocable_v<F&>
void go(F f) { detail::spawn_root(detail::go_trampoline(std::move(f)).release()); }

// Runs `main` as goroutine 1 on the scheduler and exits the process when it returns (status 0),
// whatever other goroutines are doing; a panic escaping it exits with status 2. Never returns.
[[noreturn]] inline void run_main(Task<void>&& main) { detail::run_main_root(main.release()); }
template <class F>
requires std::is_invocable_v<F&>
[[noreturn]] void run_main(F f) {
  detail::run_main_root(detail::go_trampoline(std::move(f)).release());
}

// Runs `t` as a goroutine and blocks the calling thread (which must not be a worker) until it
// finishes; returns its result or rethrows its panic here. For C++ hosts and tests; a Go
// program's entry point is run_main.
template <class T>
T block_on(Task<T> t) {
  std::atomic<uint32_t> done{0};
  std::exception_ptr ex;
  std::optional<std::conditional_t<std::is_void_v<T>, int, T>> result;
  go([&]() -> Task<void> {
    try {
      if constexpr (std::is_void_v<T>) {
        co_await std::move(t);
        result.emplace(0);
      } else {
        result.emplace(co_await std::move(t));
      }
    } catch (...) {
      ex = std::current_exception();
    }
    done.store(1, std::memory_order_release);
    detail::futex_wake(&done, 1);
  });
  while (done.load(std::memory_order_acquire) == 0) detail::futex_wait(&done, 0);
  if (ex) std::rethrow_exception(ex);
  if constexpr (!std::is_void_v<T>) return std::move(*result);
}

// Go's runtime.Gosched: `co_await gocxx::gosched();`
struct gosched {
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> h) noexcept {
    detail::yield_current(h);
    return true;
  }
  void await_resume() const noexcept {}
};

void start_scheduler();
int num_goroutine();
int gomaxprocs();
// runtime.GOMAXPROCS(n): sets the setting (n >= 1) and returns the previous one. At most the
// workers started with the program (GOMAXPROCS in the environment, else the CPU count) run
// goroutines: lowering the setting stops workers, raising it restarts them, up to that count.
int set_gomaxprocs(int n);
// Whether the caller's worker is stopped by a lowered GOMAXPROCS (its goroutine should yield).
bool current_proc_stopped();
uint64_t goid();  // current goroutine's id, 0 outside goroutines
// The index of the worker (Go's P) running the caller, or -1 off the workers. A goroutine
// stays on its worker until it suspends, so between two suspension points the index names
// state only this goroutine touches (sync.Pool's per-P slots).
int current_proc();

}  // namespace gocxx
