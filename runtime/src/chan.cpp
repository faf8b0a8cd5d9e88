// This file implements channel operations (Go: runtime/chan.go): make, send, receive, close,
// len and cap over the type-erased hchan. A sender that finds a waiting receiver hands the
// value straight into the receiver's slot and readies it (and vice versa); otherwise the
// buffer is used; otherwise the goroutine parks on the channel's queue. Waiters are served
// FIFO. close wakes every waiter: receivers get the zero value, senders panic.
#include "gocxx/chan.h"

#include <climits>
#include <cstring>

#include "gocxx/panic.h"
#include "sched_internal.h"

namespace gocxx::detail {

// ---- wait queues ----

void WaitQ::enqueue(Sudog* s) {
  s->next = nullptr;
  s->prev = last;
  if (last)
    last->next = s;
  else
    first = s;
  last = s;
}

void WaitQ::remove(Sudog* s) {
  if (s->prev)
    s->prev->next = s->next;
  else if (first == s)
    first = s->next;
  else
    return;  // not queued (already dequeued by a waker)
  if (s->next)
    s->next->prev = s->prev;
  else
    last = s->prev;
  s->next = s->prev = nullptr;
}

Sudog* WaitQ::dequeue() {
  for (;;) {
    Sudog* s = first;
    if (!s) return nullptr;
    first = s->next;
    if (first)
      first->prev = nullptr;
    else
      last = nullptr;
    s->next = s->prev = nullptr;
    // A select waiter sits on several queues; only the first waker to claim it proceeds.
    if (s->is_select) {
      uint32_t expected = 0;
      if (!s->g->select_done.compare_exchange_strong(expected, 1, std::memory_order_acq_rel))
        continue;
    }
    return s;
  }
}

// ---- element movement ----

namespace {

inline void* slot(hchan* c, uint64_t i) { return c->buf + i * c->elemsize; }

void finalize_buffer(void* obj, void*) {
  auto* c = static_cast<hchan*>(obj);
  c->ops->destroy_n(c->buf, c->dataqsiz);
}

void unlock_chan(void* arg) { static_cast<hchan*>(arg)->lock.unlock(); }

// Completes a send to a parked receiver (lock held); the receiver runs next.
void send_direct(hchan* c, Sudog* sg, void* elem) {
  if (sg->elem) chan_move_elem(c, sg->elem, elem);
  sg->success = true;
  sg->g->param = sg;
  G* g = sg->g;
  c->lock.unlock();
  ready(g);
}

// Completes a receive from a parked sender (lock held).
void recv_direct(hchan* c, Sudog* sg, void* elem) {
  if (c->dataqsiz == 0) {
    if (elem) chan_move_elem(c, elem, sg->elem);
  } else {
    // Buffer full: take the head, and the sender's value takes the freed tail slot.
    void* head = slot(c, c->recvx);
    if (elem) chan_move_elem(c, elem, head);
    chan_move_elem(c, head, sg->elem);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  sg->success = true;
  sg->g->param = sg;
  G* g = sg->g;
  c->lock.unlock();
  ready(g);
}

}  // namespace

hchan* chan_make(uint32_t elemsize, const ElemOps* ops, bool pointer_free, int64_t size) {
  if (size < 0 || (elemsize > 0 && uint64_t(size) > (uint64_t(1) << 40) / elemsize))
    panic_make_chan_size();
  auto* c = gc_new<hchan>();
  c->elemsize = elemsize;
  c->ops = ops;
  c->dataqsiz = uint64_t(size);
  if (size > 0) {
    std::size_t bytes = std::size_t(size) * elemsize;
    c->buf = static_cast<char*>(pointer_free ? gc_alloc_atomic(bytes) : gc_alloc(bytes));
    if (ops) {
      ops->construct_n(c->buf, c->dataqsiz);
      GC_register_finalizer(c, finalize_buffer, nullptr, nullptr, nullptr);
    }
  }
  return c;
}

void panic_send_on_closed() { panic_plain("send on closed channel"); }
void panic_make_chan_size() { panic_runtime_error("makechan: size out of range"); }

ChanTry chan_send_begin(hchan* c, void* elem) {
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    return ChanTry::Closed;
  }
  if (Sudog* sg = c->recvq.dequeue()) {
    send_direct(c, sg, elem);
    return ChanTry::Done;
  }
  if (c->qcount < c->dataqsiz) {
    chan_move_elem(c, slot(c, c->sendx), elem);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
    c->lock.unlock();
    return ChanTry::Done;
  }
  return ChanTry::Block;
}

ChanTry chan_recv_begin(hchan* c, void* elem, bool* ok) {
  c->lock.lock();
  if (c->closed && c->qcount == 0) {
    c->lock.unlock();
    if (elem) chan_reset_elem(c, elem);
    *ok = false;
    return ChanTry::Done;
  }
  if (Sudog* sg = c->sendq.dequeue()) {
    recv_direct(c, sg, elem);
    *ok = true;
    return ChanTry::Done;
  }
  if (c->qcount > 0) {
    void* head = slot(c, c->recvx);
    if (elem) chan_move_elem(c, elem, head);
    chan_reset_elem(c, head);  // drop the buffer's reference so the collector can free it
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
    c->lock.unlock();
    *ok = true;
    return ChanTry::Done;
  }
  return ChanTry::Block;
}

bool chan_try_send(hchan* c, void* elem) {
  switch (chan_send_begin(c, elem)) {
    case ChanTry::Done:
      return true;
    case ChanTry::Closed:
      panic_send_on_closed();
    case ChanTry::Block:
      c->lock.unlock();
      return false;
  }
  return false;
}

bool chan_try_recv(hchan* c, void* elem, bool* ok) {
  if (chan_recv_begin(c, elem, ok) == ChanTry::Done) return true;
  c->lock.unlock();
  return false;
}

void chan_park_send(hchan* c, Sudog* s, void* elem, std::coroutine_handle<> h) {
  s->g = current_g();
  s->elem = elem;
  s->c = c;
  s->is_select = false;
  s->success = false;
  c->sendq.enqueue(s);
  park(h, WaitReason::ChanSend, unlock_chan, c);
}

void chan_park_recv(hchan* c, Sudog* s, void* elem, std::coroutine_handle<> h) {
  s->g = current_g();
  s->elem = elem;
  s->c = c;
  s->is_select = false;
  s->success = false;
  c->recvq.enqueue(s);
  park(h, WaitReason::ChanReceive, unlock_chan, c);
}

void park_forever(std::coroutine_handle<> h, WaitReason reason) {
  park(h, reason, nullptr, nullptr);
}

void chan_close(hchan* c) {
  if (c == nullptr) panic_plain("close of nil channel");
  c->lock.lock();
  if (c->closed) {
    c->lock.unlock();
    panic_plain("close of closed channel");
  }
  c->closed = true;
  // Collect the waiters under the lock, ready them after it.
  G* wake = nullptr;
  for (WaitQ* q : {&c->recvq, &c->sendq}) {
    while (Sudog* sg = q->dequeue()) {
      if (q == &c->recvq && sg->elem) chan_reset_elem(c, sg->elem);
      sg->success = false;
      sg->g->param = sg;
      sg->g->schedlink = wake;
      wake = sg->g;
    }
  }
  c->lock.unlock();
  while (wake) {
    G* next = wake->schedlink;
    ready(wake);
    wake = next;
  }
}

int64_t chan_len(hchan* c) {
  if (c == nullptr) return 0;
  c->lock.lock();
  int64_t n = int64_t(c->qcount);
  c->lock.unlock();
  return n;
}

int64_t chan_cap(hchan* c) { return c == nullptr ? 0 : int64_t(c->dataqsiz); }

}  // namespace gocxx::detail
