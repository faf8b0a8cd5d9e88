// This file implements Go's panic, defer and recover (Go: runtime/panic.go).
//
// A panic is a C++ exception (PanicException) whose payload, a PanicRecord holding the Go
// value, is linked from the goroutine record so the collector sees it while it is in flight.
// A function with defer statements keeps a Defers list and catches around its body:
//
// Go:                                   C++:
//   func f() (r int) {                    int64_t f() {
//     defer func() {                        int64_t r{};
//       if e := recover(); e != nil {       {
//         r = -1                              gocxx::Defers df;
//       }                                     try {
//     }()                                       df.push(&kTag1, [&] { bool d =
//     gocxx::recover_enter(&kTag1);
//                                                 if (!gocxx::recover_direct(d).is_nil()) r = -1;
//                                                 });
//     return work()                             r = work(); goto ret;
//   }                                         } catch (...) {
//   df.panicking(std::current_exception()); }
//                                           ret:
//                                             df.run();   // rethrows if the panic was not
//                                             recovered
//                                           }
//                                           return r;
//                                         }
// recover() stops a panic only when called directly by the deferred function that the panic
// is running (Go spec, "Handling panics"). Each deferred call is pushed with the identity of
// the function it calls: the tag of a function that calls recover, no_recover_tag for one that
// does not, a func value's closure (Func::recover_id) or an interface method's entry
// (imethod_recover_id). Running it for a panic arms the goroutine's slot with that identity.
// A function that calls recover claims the slot on entry (recover_enter(&its tag)): it is the
// direct callee only if the slot holds its own tag, and claiming it makes a nested call of the
// same function (recursion) indirect. Wrappers Go makes transparent (closures boxed by
// Func::make_recovering, interface thunks) translate their own identity into their callee's
// (recover_forward). A null tag matches any deferred call (handy in hand-written C++, with
// recover(tag)). AsyncDefers is the same for deferred calls that may block (coroutines).
#pragma once

#include <cstdint>
#include <exception>
#include <type_traits>
#include <utility>

#include "gocxx/bounds.h"
#include "gocxx/detail/g.h"
#include "gocxx/gc.h"
#include "gocxx/task.h"
#include "gocxx/value.h"

namespace gocxx {

namespace detail {
struct PanicRecord {
  Any value;
  PanicRecord* link = nullptr;  // the panic that was in flight when this one started
  bool recovered = false;
  bool aborted = false;  // a newer panic started while this one's deferred calls ran
};
}  // namespace detail

// The C++ exception that carries a Go panic.
struct PanicException {
  detail::PanicRecord* record;
};

// panic(v)
[[noreturn]] void panic(Any v);
[[noreturn]] void panic(String s);

// Go's runtime errors; each message is the one Go 1.19 prints.
[[noreturn]] void panic_runtime_error(String msg);  // "runtime error: " + msg (runtime.Error)
[[noreturn]] void panic_plain(String msg);  // runtime.plainError, e.g. close of closed channel
[[noreturn]] void panic_index(int64_t i, int64_t len);  // index out of range [i] with length len
[[noreturn]] void panic_bounds(BoundsCode code, int64_t x, int64_t y);  // see bounds.h
[[noreturn]] void panic_nil_deref();
[[noreturn]] void panic_divide();
[[noreturn]] void panic_shift();  // runtime error: negative shift amount
[[noreturn]] void panic_nil_map_write();

// runtime.Goexit: runs the goroutine's deferred calls (recover() returns nil
// in them) and ends it. It unwinds as this exception, which only a
// goroutine's root frame consumes. When the main goroutine exits this way the
// program goes on until every other goroutine has finished, and then dies
// with Go's "no goroutines (main called runtime.Goexit) - deadlock!".
struct GoexitException {};
[[noreturn]] void goexit();

// recover(): the value of the panic being run by the deferred call tagged `tag`, stopping it;
// nil interface otherwise. For hand-written C++; generated code uses recover_enter.
Any recover(const void* tag = nullptr);

// The identity of deferred calls whose callee never calls recover (builtins, such functions).
inline constexpr char no_recover_tag = 0;

// First statement of a function that calls recover, `self` its tag: whether the running
// panic called it directly. Claims the slot, so nested calls are not direct.
bool recover_enter(const void* self);
// recover() in a function whose recover_enter returned `direct`.
Any recover_direct(bool direct);
// A transparent wrapper with identity `from` calls a function with identity `to`: when the
// panic called the wrapper directly, it called `to` directly.
void recover_forward(const void* from, const void* to);
// The same for a wrapper that calls method i of interface `iface` on x (a method promoted
// through an embedded interface): the callee's identity is looked up only when the panic
// called the wrapper, so ordinary calls pay one comparison.
void recover_forward_imethod(const void* from, const Any& x, const Type* iface, int i);

// `defer recover()`: the builtin itself deferred, pushed with &deferred_recover_tag. Run by a
// panic, it is called by the runtime rather than by a deferred function and recovers nothing;
// run at a normal return of the function that deferred it, it recovers what a recover() in
// that function would (Go's test/recover1.go, tests 5-7): `direct` is that function's.
inline constexpr char deferred_recover_tag = 0;
Any recover_deferred(bool direct);

// Prints Go's report for an unrecovered panic and exits 2.
[[noreturn]] void die_with_panic(std::exception_ptr e) noexcept;

namespace detail {

// One deferred call: a closure in collector-visible memory, linked LIFO.
struct DeferNode {
  DeferNode* next;
  const void* tag;
  void (*invoke)(DeferNode*);
  Task<void> (*invoke_async)(DeferNode*);
};

template <class F>
struct DeferNodeOf : DeferNode {
  template <class G>
  explicit DeferNodeOf(G&& g) : DeferNode{}, fn(std::forward<G>(g)) {}
  F fn;
};

class DefersBase {
 public:
  DefersBase() = default;
  DefersBase(const DefersBase&) = delete;
  DefersBase& operator=(const DefersBase&) = delete;

  // Records that the function's body is panicking; rethrown by run() unless recovered.
  void panicking(std::exception_ptr e) noexcept;

 protected:
  // Arms recover() for the next deferred call and returns the panic it may recover.
  PanicRecord* begin_call(DeferNode* n);
  // After a deferred call returned: a recovered panic ends here.
  void end_call(PanicRecord* p);
  // A deferred call panicked: the new panic replaces the one in flight.
  void call_panicked(std::exception_ptr e, PanicRecord* p) noexcept;
  void finish();  // rethrows if still panicking

  template <class F>
  DeferNodeOf<F>* make_node(const void* tag, F&& f) {
    // Deferred closures hold Go values: they live in collector-scanned memory.
    auto* n = gc_new<DeferNodeOf<std::decay_t<F>>>(std::forward<F>(f));
    n->tag = tag;
    n->next = head_;
    head_ = n;
    return n;
  }

  DeferNode* head_ = nullptr;
  std::exception_ptr exception_;
  const void* saved_recover_ = nullptr;
  bool goexit_ = false;  // exception_ is runtime.Goexit: recover() is nil in deferred calls
};

}  // namespace detail

// Deferred calls of a function none of whose deferred calls block.
class Defers : public detail::DefersBase {
 public:
  template <class F>
  void push(const void* tag, F&& f) {
    auto* n = make_node(tag, std::forward<F>(f));
    n->invoke = [](detail::DeferNode* self) {
      static_cast<detail::DeferNodeOf<std::decay_t<F>>*>(self)->fn();
    };
  }
  template <class F>
  void push(F&& f) {
    push(nullptr, std::forward<F>(f));
  }
  // Runs the deferred calls LIFO; rethrows the panic if none recovered it.
  void run();
};

// Deferred calls of a function some of whose deferred calls may block: `co_await df.run()`.
class AsyncDefers : public detail::DefersBase {
 public:
  // f returns void or Task<void>.
  template <class F>
  void push(const void* tag, F&& f) {
    auto* n = make_node(tag, std::forward<F>(f));
    n->invoke_async = [](detail::DeferNode* self) -> Task<void> {
      auto& fn = static_cast<detail::DeferNodeOf<std::decay_t<F>>*>(self)->fn;
      if constexpr (std::is_void_v<std::invoke_result_t<decltype(fn)>>) {
        fn();
        co_return;
      } else {
        co_await fn();
      }
    };
  }
  template <class F>
  void push(F&& f) {
    push(nullptr, std::forward<F>(f));
  }
  Task<void> run();
};

}  // namespace gocxx
