// This file implements selectgo (see select.h), following Go's runtime/select.go:
//  1. pollorder: a random permutation of the non-nil cases; lockorder: cases sorted by channel
//     address, so concurrent selects lock channels in one global order (no deadlock).
//  2. With every channel locked, look for a ready case in poll order.
//  3. None ready: with a default clause, unlock and return -1; otherwise enqueue a sudog on
//     every channel and park; the scheduler releases the locks after the switch.
//  4. A waker claims the goroutine through g->select_done (WaitQ::dequeue), completes the
//     operation on the winning sudog and readies it; we relock everything and dequeue the rest.
#include "gocxx/select.h"

#include <cstring>

#include "gocxx/chan.h"
#include "gocxx/panic.h"
#include "gocxx/sched.h"
#include "sched_internal.h"

namespace gocxx::detail {
namespace {

void lock_all(SelectState& st, int n) {
  hchan* prev = nullptr;
  for (int i = 0; i < n; i++) {
    hchan* c = st.cases[st.lockorder[i]].c;
    if (c != prev) c->lock.lock();
    prev = c;
  }
}

void unlock_all(SelectState& st, int n) {
  // Unlock in reverse so a channel appearing twice is unlocked once.
  for (int i = n - 1; i >= 0; i--) {
    hchan* c = st.cases[st.lockorder[i]].c;
    if (i > 0 && st.cases[st.lockorder[i - 1]].c == c) continue;
    c->lock.unlock();
  }
}

struct ParkArg {
  SelectState* st;
  int nlocked;
};
thread_local ParkArg tl_park_arg;

void unlock_after_park(void* arg) {
  auto* pa = static_cast<ParkArg*>(arg);
  unlock_all(*pa->st, pa->nlocked);
}

// Builds pollorder (random) and lockorder (by address) over the non-nil cases; returns count.
int build_orders(SelectState& st) {
  int n = 0;
  for (int i = 0; i < st.ncases; i++) {
    if (st.cases[i].c == nullptr) continue;
    // Inside-out Fisher-Yates.
    int j = int(cheap_rand() % uint64_t(n + 1));
    st.pollorder[n] = st.pollorder[j];
    st.pollorder[j] = uint16_t(i);
    n++;
  }
  for (int i = 0; i < n; i++) {
    uint16_t v = st.pollorder[i];
    hchan* c = st.cases[v].c;
    int k = i;
    while (k > 0 && st.cases[st.lockorder[k - 1]].c > c) {
      st.lockorder[k] = st.lockorder[k - 1];
      k--;
    }
    st.lockorder[k] = v;
  }
  return n;
}

// Tries case i with its channel locked. Returns true if it completed (or hit a closed channel
// on send: *send_closed). Wakes a partner after all locks are released, via *wake.
bool try_case(SelectCase& k, G** wake, bool* send_closed, bool* recv_ok) {
  hchan* c = k.c;
  if (k.is_send) {
    if (c->closed) {
      *send_closed = true;
      return true;
    }
    if (Sudog* sg = c->recvq.dequeue()) {
      if (sg->elem) chan_move_elem(c, sg->elem, k.elem);
      sg->success = true;
      sg->g->param = sg;
      *wake = sg->g;
      return true;
    }
    if (c->qcount < c->dataqsiz) {
      chan_move_elem(c, c->buf + c->sendx * c->elemsize, k.elem);
      if (++c->sendx == c->dataqsiz) c->sendx = 0;
      c->qcount++;
      return true;
    }
    return false;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    if (c->dataqsiz == 0) {
      if (k.elem) chan_move_elem(c, k.elem, sg->elem);
    } else {
      void* head = c->buf + c->recvx * c->elemsize;
      if (k.elem) chan_move_elem(c, k.elem, head);
      chan_move_elem(c, head, sg->elem);
      if (++c->recvx == c->dataqsiz) c->recvx = 0;
      c->sendx = c->recvx;
    }
    sg->success = true;
    sg->g->param = sg;
    *wake = sg->g;
    *recv_ok = true;
    return true;
  }
  if (c->qcount > 0) {
    void* head = c->buf + c->recvx * c->elemsize;
    if (k.elem) chan_move_elem(c, k.elem, head);
    chan_reset_elem(c, head);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
    *recv_ok = true;
    return true;
  }
  if (c->closed) {
    if (k.elem) chan_reset_elem(c, k.elem);
    *recv_ok = false;
    return true;
  }
  return false;
}

}  // namespace

int select_begin(SelectState& st, bool block) {
  int n = build_orders(st);
  st.ncases = st.ncases;  // cases keep their source indices; n counts the non-nil ones
  if (n == 0) return block ? -2 : -1;
  lock_all(st, n);
  for (int i = 0; i < n; i++) {
    int ci = st.pollorder[i];
    SelectCase& k = st.cases[ci];
    G* wake = nullptr;
    bool send_closed = false;
    bool recv_ok = false;
    if (!try_case(k, &wake, &send_closed, &recv_ok)) continue;
    unlock_all(st, n);
    if (send_closed) panic_send_on_closed();
    if (wake) ready(wake);
    if (!k.is_send && k.ok) *k.ok = recv_ok;
    return ci;
  }
  if (!block) {
    unlock_all(st, n);
    return -1;
  }
  // Enqueue on every channel, in lock order, and leave the locks held for the park.
  G* g = current_g();
  g->select_done.store(0, std::memory_order_relaxed);
  g->param = nullptr;
  for (int i = 0; i < n; i++) {
    int ci = st.lockorder[i];
    SelectCase& k = st.cases[ci];
    Sudog& s = st.sudogs[ci];
    s.g = g;
    s.elem = k.elem;
    s.c = k.c;
    s.is_select = true;
    s.success = false;
    if (k.is_send)
      k.c->sendq.enqueue(&s);
    else
      k.c->recvq.enqueue(&s);
  }
  st.parked = true;
  st.chosen = n;  // remembered for select_park/finish: number of locked cases
  return -2;
}

void select_park(SelectState& st, std::coroutine_handle<> h) {
  if (!st.parked) {
    // No channel at all (every case nil): block forever.
    park_forever(h, WaitReason::Select);
    return;
  }
  tl_park_arg = {&st, st.chosen};
  park(h, WaitReason::Select, unlock_after_park, &tl_park_arg);
}

int select_finish(SelectState& st) {
  int n = st.chosen;
  G* g = current_g();
  Sudog* winner = g->param;
  g->param = nullptr;
  lock_all(st, n);
  int chosen = -1;
  for (int i = 0; i < n; i++) {
    int ci = st.lockorder[i];
    Sudog* s = &st.sudogs[ci];
    if (s == winner) {
      chosen = ci;
      continue;
    }
    if (st.cases[ci].is_send)
      st.cases[ci].c->sendq.remove(s);
    else
      st.cases[ci].c->recvq.remove(s);
  }
  unlock_all(st, n);
  SelectCase& k = st.cases[chosen];
  if (k.is_send) {
    if (!winner->success) panic_send_on_closed();
  } else if (k.ok) {
    *k.ok = winner->success;
  }
  return chosen;
}

}  // namespace gocxx::detail
