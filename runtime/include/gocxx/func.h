// This file implements Func<R(A...)>, Go's func values: one pointer to a closure object whose
// first word is the entry point (Go: the funcval, runtime/runtime2.go).
//
// Go:                              C++:
//   var f func(int) int              gocxx::Func<int64_t(int64_t)> f{};          // nil func
//   f = func(x int) int { return x + k }   f = gocxx::Func<int64_t(int64_t)>::make([=](int64_t x) {
//   return x + k; }); f = strconv.Itoa                 f =
//   gocxx::Func<gocxx::String(int64_t)>::of<&go::strconv::Itoa>(); y := f(3) int64_t y = f(3); //
//   nil f panics nil deref f == nil, f != nil               f == nullptr, f != nullptr var g func()
//   int  (may block)    gocxx::Func<gocxx::Task<int64_t>()> g = ...; int64_t v = co_await g();
// make() copies the lambda (and the Go values it captured) into collector-scanned memory;
// of<&fn>() refers to a static closure object and allocates nothing, and so does make() of a
// lambda that captures nothing. A Func is trivially copyable; copies share the closure.
// make_recovering(id, lambda) boxes a lambda whose target calls recover(): deferred through
// the func value, the closure is what the panic calls (recover_id), and the box hands that
// directness on to the target's identity `id` (panic.h).
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

#include "gocxx/gc.h"

namespace gocxx {

[[noreturn]] void panic_nil_deref();
void recover_forward(const void* from, const void* to);  // panic.h
inline constexpr char no_recover_tag_func = 0;           // recover_id() of a nil func

template <class Sig>
class Func;

template <class R, class... A>
class Func<R(A...)> {
 public:
  // The closure header every func value points at; a captured lambda follows it.
  struct Closure {
    R (*call)(const Closure*, A...);
  };

  constexpr Func() noexcept = default;
  constexpr Func(std::nullptr_t) noexcept {}
  explicit Func(const Closure* c) noexcept : c_(c) {}

  template <class L>
  static Func make(L&& lambda) {
    using F = std::decay_t<L>;
    static_assert(std::is_invocable_r_v<R, F&, A...>, "the lambda does not fit the signature");
    // The collector never runs destructors: captures must be Go values (trivially destructible).
    static_assert(std::is_trivially_destructible_v<F>, "captures must be Go values");
    if constexpr (std::is_empty_v<F> && std::is_default_constructible_v<F>) {
      return Func(&kEmptyLambda<F>);
    } else {
      auto* obj =
          ::new (gc_alloc(sizeof(Boxed<F>))) Boxed<F>{{&call_boxed<F>}, std::forward<L>(lambda)};
      return Func(&obj->head);
    }
  }

  // A lambda calling a function with recover identity `id` (panic.h): always boxed, so that
  // each value has its own closure to stand for it.
  template <class L>
  static Func make_recovering(const void* id, L&& lambda) {
    using F = std::decay_t<L>;
    static_assert(std::is_invocable_r_v<R, F&, A...>, "the lambda does not fit the signature");
    static_assert(std::is_trivially_destructible_v<F>, "captures must be Go values");
    auto* obj = ::new (gc_alloc(sizeof(Recovering<F>)))
        Recovering<F>{{&call_recovering<F>}, id, std::forward<L>(lambda)};
    return Func(&obj->head);
  }

  // What a panic running `defer f()` calls: the closure.
  const void* recover_id() const noexcept {
    return c_ ? static_cast<const void*>(c_) : static_cast<const void*>(&no_recover_tag_func);
  }

  // A top-level function (or a method expression's wrapper): a static closure, no allocation.
  template <auto Fn>
  static Func of() {
    return Func(&kStatic<Fn>);
  }

  R operator()(A... args) const {
    if (c_ == nullptr) [[unlikely]]
      panic_nil_deref();
    return c_->call(c_, std::forward<A>(args)...);
  }

  constexpr const Closure* raw() const noexcept { return c_; }
  explicit operator bool() const noexcept { return c_ != nullptr; }
  friend bool operator==(const Func& f, std::nullptr_t) noexcept { return f.c_ == nullptr; }

 private:
  template <class F>
  struct Boxed {
    Closure head;
    F fn;
  };
  template <class F>
  static R call_boxed(const Closure* c, A... args) {
    // Go closures may mutate what they captured; the lambda is stored mutable-capable.
    auto* self = const_cast<Boxed<F>*>(reinterpret_cast<const Boxed<F>*>(c));
    return self->fn(std::forward<A>(args)...);
  }
  template <class F>
  struct Recovering {
    Closure head;
    const void* id;
    F fn;
  };
  template <class F>
  static R call_recovering(const Closure* c, A... args) {
    auto* self = const_cast<Recovering<F>*>(reinterpret_cast<const Recovering<F>*>(c));
    recover_forward(c, self->id);
    return self->fn(std::forward<A>(args)...);
  }
  template <class F>
  static R call_empty(const Closure*, A... args) {
    // A static object, not a local: a coroutine lambda's frame keeps a reference to it.
    static F f{};
    return f(std::forward<A>(args)...);
  }
  template <auto Fn>
  static R call_static(const Closure*, A... args) {
    return Fn(std::forward<A>(args)...);
  }
  template <class F>
  static constexpr Closure kEmptyLambda{&call_empty<F>};
  template <auto Fn>
  static constexpr Closure kStatic{&call_static<Fn>};

  const Closure* c_ = nullptr;
};

static_assert(std::is_trivially_copyable_v<Func<void()>> && Func<void()>{}.raw() == nullptr);

}  // namespace gocxx
