// This file implements Go's select statement (Go: runtime/select.go's selectgo).
//
// Go:                                  C++ (inside a Task coroutine):
//   select {                             gocxx::Select<3> sel;
//   case v := <-a:                       int64_t v; sel.recv(a, &v);            // case 0
//   case b <- x:                         int64_t x_ = x; sel.send(b, &x_);      // case 1
//   case v, ok := <-c:                   int64_t w; bool ok; sel.recv(c, &w, &ok);  // case 2
//   }                                    switch (co_await sel.wait()) { case 0: ... }
//   ... with a default clause:           switch (sel.poll()) { case -1: /* default */ ... }
// Cases are added in source order; the result is the index of the case that ran. Values to
// send are evaluated before the select, as Go requires. Nil channels never become ready.
// Among ready cases one is chosen uniformly at random; channel locks are taken in address
// order; a blocked select enqueues on every channel and the first waker wins.
#pragma once

#include <coroutine>
#include <cstdint>

#include "gocxx/chan.h"

namespace gocxx {

namespace detail {

struct SelectCase {
  hchan* c;
  void* elem;
  bool* ok;
  bool is_send;
};

struct SelectState {
  SelectCase* cases;
  Sudog* sudogs;
  uint16_t* pollorder;
  uint16_t* lockorder;
  int ncases;
  int chosen;
  bool recv_ok;
  bool parked;
};

// Pass 1 under all locks: returns the index of a case that completed, -1 if none is ready
// (block=false: locks released, the default case runs), or -2 (block=true: every sudog is
// enqueued and the locks are still held for the park).
int select_begin(SelectState& st, bool block);
void select_park(SelectState& st, std::coroutine_handle<> h);
// After wake-up: dequeues the losing sudogs and returns the winning case.
int select_finish(SelectState& st);

}  // namespace detail

template <int N>
class Select {
 public:
  template <class T>
  void recv(const Chan<T>& c, T* out = nullptr, bool* ok = nullptr) {
    cases_[n_++] = {c.raw(), out, ok, false};
  }
  template <class T>
  void send(const Chan<T>& c, T* value) {
    cases_[n_++] = {c.raw(), value, nullptr, true};
  }

  // select with a default clause: the ready case's index, or -1 for default.
  int poll() {
    detail::SelectState st = state();
    return detail::select_begin(st, false);
  }

  struct Awaiter {
    Select* sel;
    detail::SelectState st;
    int result = -2;
    bool await_ready() {
      st = sel->state();
      result = detail::select_begin(st, true);
      return result != -2;
    }
    bool await_suspend(std::coroutine_handle<> h) {
      detail::select_park(st, h);
      return true;
    }
    int await_resume() { return result != -2 ? result : detail::select_finish(st); }
  };
  // select without default: `co_await sel.wait()`.
  Awaiter wait() { return Awaiter{this, {}}; }

 private:
  detail::SelectState state() {
    return {cases_, sudogs_, pollorder_, lockorder_, n_, -1, false, false};
  }
  detail::SelectCase cases_[N];
  detail::Sudog sudogs_[N];
  uint16_t pollorder_[N];
  uint16_t lockorder_[N];
  int n_ = 0;
};

// `select {}`: blocks the goroutine forever.
struct SelectForever {
  bool await_ready() const noexcept { return false; }
  bool await_suspend(std::coroutine_handle<> h) noexcept {
    detail::park_forever(h, detail::WaitReason::SelectNoCases);
    return true;
  }
  void await_resume() const noexcept {}
};

}  // namespace gocxx
