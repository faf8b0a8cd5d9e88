// This file implements Chan<T>, Go's channel type, over the type-erased core in detail/hchan.h.
//
// Go:                         C++ (inside a Task coroutine):
//   c := make(chan int, 3)      auto c = gocxx::Chan<int64_t>::make(3);
//   c <- v                      co_await c.send(v);
//   v := <-c                    int64_t v = co_await c.recv();
//   v, ok := <-c                auto [v, ok] = co_await c.recv2();
//   for v := range c { }        for (;;) { auto [v, ok] = co_await c.recv2(); if (!ok) break; }
//   close(c); len(c); cap(c)    c.close(); c.len(); c.cap();
// A default-constructed Chan is Go's nil channel: operations on it block forever and close
// panics. Copies share the channel, as Go's channel values do.
#pragma once

#include <coroutine>
#include <cstdint>
#include <new>
#include <tuple>
#include <type_traits>
#include <utility>

#include "gocxx/detail/hchan.h"
#include "gocxx/traits.h"

namespace gocxx {

namespace detail {

template <class T>
struct ElemOpsFor {
  static void move_assign(void* d, void* s) {
    *static_cast<T*>(d) = std::move(*static_cast<T*>(s));
  }
  static void reset(void* d) { *static_cast<T*>(d) = T{}; }
  static void construct_n(void* p, uint64_t n) {
    for (uint64_t i = 0; i < n; i++) ::new (static_cast<T*>(p) + i) T();
  }
  static void destroy_n(void* p, uint64_t n) {
    for (uint64_t i = 0; i < n; i++) (static_cast<T*>(p) + i)->~T();
  }
  static constexpr ElemOps table{move_assign, reset, construct_n, destroy_n};
};

template <class T>
constexpr const ElemOps* elem_ops() {
  if constexpr (std::is_trivially_copyable_v<T>)
    return nullptr;
  else
    return &ElemOpsFor<T>::table;
}

}  // namespace detail

// v, ok := <-c: a tuple, like every multi-value result in generated code.
template <class T>
using RecvResult = std::tuple<T, bool>;

// Pointer-free element types (traits.h) get a buffer the collector never scans.
template <class T>
class Chan {
 public:
  Chan() noexcept = default;
  explicit Chan(detail::hchan* c) noexcept : c_(c) {}

  // make(chan T, size); panics like Go on a negative or huge size.
  static Chan make(int64_t size = 0) {
    return Chan(detail::chan_make(sizeof(T), detail::elem_ops<T>(), pointer_free_v<T>, size));
  }

  class SendAwaiter {
   public:
    SendAwaiter(detail::hchan* c, T v) : c_(c), value_(std::move(v)) {}
    bool await_ready() {
      if (c_ == nullptr) return false;
      switch (detail::chan_send_begin(c_, &value_)) {
        case detail::ChanTry::Done:
          return true;
        case detail::ChanTry::Closed:
          detail::panic_send_on_closed();
        case detail::ChanTry::Block:
          return false;
      }
      return false;
    }
    bool await_suspend(std::coroutine_handle<> h) {
      if (c_ == nullptr) {
        detail::park_forever(h, detail::WaitReason::ChanSendNilChan);
      } else {
        parked_ = true;
        detail::chan_park_send(c_, &sudog_, &value_, h);
      }
      return true;
    }
    void await_resume() {
      if (parked_ && !sudog_.success) detail::panic_send_on_closed();
    }

   private:
    detail::hchan* c_;
    T value_;
    bool parked_ = false;
    detail::Sudog sudog_;
  };

  class RecvAwaiter {
   public:
    explicit RecvAwaiter(detail::hchan* c) : c_(c) {}
    bool await_ready() {
      if (c_ == nullptr) return false;
      return detail::chan_recv_begin(c_, &value_, &ok_) == detail::ChanTry::Done;
    }
    bool await_suspend(std::coroutine_handle<> h) {
      if (c_ == nullptr) {
        detail::park_forever(h, detail::WaitReason::ChanReceiveNilChan);
      } else {
        parked_ = true;
        detail::chan_park_recv(c_, &sudog_, &value_, h);
      }
      return true;
    }
    T await_resume() { return std::move(value_); }

   protected:
    detail::hchan* c_;
    T value_{};
    bool ok_ = false;
    bool parked_ = false;
    detail::Sudog sudog_;
  };

  class RecvOkAwaiter : public RecvAwaiter {
   public:
    using RecvAwaiter::RecvAwaiter;
    RecvResult<T> await_resume() {
      bool ok = this->parked_ ? this->sudog_.success : this->ok_;
      return {std::move(this->value_), ok};
    }
  };

  SendAwaiter send(T v) const { return SendAwaiter(c_, std::move(v)); }
  RecvAwaiter recv() const { return RecvAwaiter(c_); }
  RecvOkAwaiter recv2() const { return RecvOkAwaiter(c_); }

  // Non-blocking forms: `select { case c <- v: ...; default: ... }`.
  bool try_send(T v) const { return c_ != nullptr && detail::chan_try_send(c_, &v); }
  bool try_recv(T* out, bool* ok = nullptr) const {
    bool dummy;
    return c_ != nullptr && detail::chan_try_recv(c_, out, ok ? ok : &dummy);
  }

  void close() const { detail::chan_close(c_); }
  int64_t len() const { return detail::chan_len(c_); }
  int64_t cap() const { return detail::chan_cap(c_); }
  detail::hchan* raw() const noexcept { return c_; }
  explicit operator bool() const noexcept { return c_ != nullptr; }
  friend bool operator==(const Chan& a, const Chan& b) noexcept { return a.c_ == b.c_; }

 private:
  detail::hchan* c_ = nullptr;
};

}  // namespace gocxx
