// This file implements the type-erased channel core shared by Chan<T> and select
// (Go: runtime/chan.go's hchan, sudog, waitq).
//
// Values move through a channel by one of two paths: trivially copyable element types (every Go
// type lowered by gocxx) are memcpy'd; other C++ types go through an ElemOps table. A blocked
// goroutine's sudog lives inside its awaiter, i.e. inside its coroutine frame: blocking
// allocates nothing.
#pragma once

#include <coroutine>
#include <cstdint>
#include <cstring>

#include "gocxx/detail/g.h"
#include "gocxx/detail/lock.h"

namespace gocxx::detail {

// How to move and reset one element; nullptr in hchan means "trivially copyable".
struct ElemOps {
  void (*move_assign)(void* dst, void* src);  // dst = std::move(src)
  void (*reset)(void* dst);                   // dst = T{}
  void (*construct_n)(void* p, uint64_t n);   // default-construct n elements (buffers)
  void (*destroy_n)(void* p, uint64_t n);
};

struct hchan;

// A goroutine waiting on a channel (one per channel for select).
struct Sudog {
  G* g = nullptr;
  void* elem = nullptr;  // where to read the sent value from / write the received value to
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  hchan* c = nullptr;
  bool is_select = false;
  bool success = false;  // true: a value was exchanged; false: woken by close
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;

  void enqueue(Sudog* s);
  // Removes and returns the first waiter still able to proceed; for a select waiter that is the
  // one whose goroutine's select_done this call wins.
  Sudog* dequeue();
  void remove(Sudog* s);
};

struct hchan {
  Lock lock;
  uint32_t elemsize = 0;
  bool closed = false;
  const ElemOps* ops = nullptr;
  uint64_t qcount = 0;
  uint64_t dataqsiz = 0;
  char* buf = nullptr;
  uint64_t sendx = 0;
  uint64_t recvx = 0;
  WaitQ recvq;
  WaitQ sendq;
};

// Moves one element (memcpy for trivially copyable types) / resets it to the zero value.
inline void chan_move_elem(hchan* c, void* dst, void* src) {
  if (c->ops)
    c->ops->move_assign(dst, src);
  else
    std::memcpy(dst, src, c->elemsize);
}
inline void chan_reset_elem(hchan* c, void* dst) {
  if (c->ops)
    c->ops->reset(dst);
  else
    std::memset(dst, 0, c->elemsize);
}

hchan* chan_make(uint32_t elemsize, const ElemOps* ops, bool pointer_free, int64_t size);
void chan_close(hchan* c);
[[noreturn]] void panic_send_on_closed();
[[noreturn]] void panic_make_chan_size();

// Outcomes of the lock-taking first half of a blocking operation.
enum class ChanTry : uint8_t {
  Done,    // completed; the lock is released
  Closed,  // send on a closed channel; the lock is released (the caller panics)
  Block,   // would block; the lock is STILL HELD for the caller to enqueue and park
};

// Send: on Done the value at elem was moved into the channel or to a receiver.
ChanTry chan_send_begin(hchan* c, void* elem);
// Receive: on Done *ok says whether a value was received (false: closed and drained, *elem
// reset to the zero value).
ChanTry chan_recv_begin(hchan* c, void* elem, bool* ok);

// Non-blocking forms (select with a default case of one channel operation).
bool chan_try_send(hchan* c, void* elem);            // false if it would block; panics if closed
bool chan_try_recv(hchan* c, void* elem, bool* ok);  // false if it would block

// Parks the current goroutine on c's send/receive queue; c->lock is held and released by the
// scheduler after the switch.
void chan_park_send(hchan* c, Sudog* s, void* elem, std::coroutine_handle<> h);
void chan_park_recv(hchan* c, Sudog* s, void* elem, std::coroutine_handle<> h);
// Parks forever (operations on a nil channel).
void park_forever(std::coroutine_handle<> h, WaitReason reason);

int64_t chan_len(hchan* c);
int64_t chan_cap(hchan* c);

}  // namespace gocxx::detail
