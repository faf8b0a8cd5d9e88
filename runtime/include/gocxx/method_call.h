// This file implements calls from the runtime's own C++ into Go methods, whose calling
// convention the program decides (docs/design/blocking.md, "Calls from C++ into Go").
//
// A method family (`Error() string`, say) is plain or a coroutine for the whole program. A
// method-table entry (`Method`) records the convention of its function: `fn` is a plain
// `R(const void*, A...)`, `task_fn` a coroutine `Task<R>(const void*, A...)`. Generated types
// fill the one their family uses; the runtime's own types (runtime.boundsError, ...) fill
// both, and itabs take the one the program uses (set_async_methods, called by main()).
//
// Go (the runtime's caller):              C++:
//   preprintpanics: v.Error()               const Method* m = v.type->find_method("Error", "func()
//   string");
//                                           String s = gocxx::call_method_sync<String>(*m, v.data);
// A plain entry is a direct call. A coroutine entry runs to completion on the calling
// goroutine (run_sync): usually it finishes without suspending (an uncontended mutex, a
// buffered channel holding a value); if it parks, the worker runs other goroutines until it
// is done, so whatever it waits for can happen.
#pragma once

#include <coroutine>
#include <initializer_list>
#include <type_traits>
#include <utility>

#include "gocxx/sched.h"
#include "gocxx/task.h"
#include "gocxx/value.h"

namespace gocxx {

// Records the program's coroutine method families, each as "Name func(...) ..." (name, a
// space, the canonical signature). Generated main() calls it before the program starts.
void set_async_methods(std::initializer_list<const char*> keys);
// Whether the program calls methods of this name and signature as coroutines.
bool method_family_async(const char* name, const char* sig);

namespace detail {

// The task whose frame is `h` suspended (parked or yielded) while being run by run_sync on
// the current goroutine: stores in *continuation what resumes this thread when the task
// finishes, and runs other goroutines on this worker until then (sched.cpp).
void wait_suspended_task(std::coroutine_handle<>* continuation);

// Runs t to completion without suspending the caller; returns its result or rethrows its
// panic. Off the scheduler's workers (a C++ host thread) it runs t as a goroutine (block_on).
template <class T>
T run_sync(Task<T> t) {
  if (current_g() == nullptr) return block_on(std::move(t));
  auto h = t.release();
  struct Owner {
    std::coroutine_handle<Promise<T>> h;
    ~Owner() { h.destroy(); }
  } owner{h};
  auto& p = h.promise();
  p.continuation = std::noop_coroutine();  // finishing returns control here
  tl_frame_bytes += p.frame_size;          // as Task::await_suspend counts an awaited frame
  h.resume();
  if (!h.done()) [[unlikely]]
    wait_suspended_task(&p.continuation);
  if (p.exception) std::rethrow_exception(p.exception);
  if constexpr (!std::is_void_v<T>) return std::move(p.value);
}

// The coroutine twin of a runtime-defined plain method, for programs where its family is
// async: `&TaskTwin<&message_error>::call`.
template <auto F>
struct TaskTwin;
template <class R, class... A, R (*F)(const void*, A...)>
struct TaskTwin<F> {
  static Task<R> call(const void* recv, A... args) {
    if constexpr (std::is_void_v<R>) {
      F(recv, args...);
      co_return;
    } else {
      co_return F(recv, args...);
    }
  }
};

}  // namespace detail

// A method-table entry of a runtime-defined type: the plain function and its coroutine twin.
template <auto F>
inline Method runtime_method(const char* name, const char* sig) {
  return {name, sig, reinterpret_cast<MethodFn>(F),
          reinterpret_cast<MethodFn>(&detail::TaskTwin<F>::call)};
}

// Calls method m of the value whose data word is `recv` from C++ that cannot suspend. R and
// A... are the method's C++ result and parameter types.
template <class R, class... A>
R call_method_sync(const Method& m, const void* recv, A... args) {
  if (m.fn != nullptr) [[likely]]
    return reinterpret_cast<R (*)(const void*, A...)>(m.fn)(recv, args...);
  return detail::run_sync(
      reinterpret_cast<Task<R> (*)(const void*, A...)>(m.task_fn)(recv, args...));
}

}  // namespace gocxx
