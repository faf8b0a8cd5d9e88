// This file implements runtime.SetFinalizer (see gocxx/std/finalizer.h) over Boehm's
// finalization in "on demand" mode: the collector queues finalizable objects and calls the
// notifier; the finalizer goroutine then runs GC_invoke_finalizers, whose callback only moves
// each object and its Go func onto a list, and calls the funcs one at a time (Go runs all
// finalizers sequentially on one goroutine, and a finalizer may block).
#include "gocxx/std/finalizer.h"

#include <mutex>

#include "gocxx/chan.h"
#include "gocxx/gc.h"
#include "gocxx/sched.h"
#include "gocxx/task.h"

namespace gocxx::finalizer {
namespace {

// A registered finalizer: the client data of obj's registration, in uncollectable memory (a
// root keeping the func value alive) until the finalizer has run or is replaced.
struct Registration {
  const void* closure;
  bool async;
};

// An object whose finalizer is due, with its Registration (collected memory, reachable from
// the list head, a static root).
struct Due {
  void* obj;
  Registration* reg;
  Due* next;
};

std::mutex mu;
Due* due_head = nullptr;
Due* due_tail = nullptr;
Chan<int64_t> wake;  // static storage: a collector root
std::once_flag started;

// GC_invoke_finalizers' callback: queue, never run Go code here.
void on_finalizable(void* obj, void* cd) {
  auto* d = static_cast<Due*>(gc_alloc(sizeof(Due)));
  d->obj = obj;
  d->reg = static_cast<Registration*>(cd);
  d->next = nullptr;
  std::lock_guard<std::mutex> g(mu);
  if (due_tail)
    due_tail->next = d;
  else
    due_head = d;
  due_tail = d;
}

// Boehm's notifier: finalizable objects are queued inside the collector.
void notify() { wake.try_send(1); }

Due* take_all() {
  std::lock_guard<std::mutex> g(mu);
  Due* d = due_head;
  due_head = due_tail = nullptr;
  return d;
}

// The Go calling convention of a func(*T) value: the closure's first word is its entry point.
using SyncCall = void (*)(const void*, void*);
using AsyncCall = Task<> (*)(const void*, void*);

Task<> run_finalizers() {
  detail::mark_system_goroutine();
  for (;;) {
    co_await wake.recv();
    while (GC_should_invoke_finalizers()) GC_invoke_finalizers();
    for (Due* d = take_all(); d != nullptr; d = d->next) {
      const void* c = d->reg->closure;
      void* entry = *static_cast<void* const*>(c);
      bool async = d->reg->async;
      gc_free_root(d->reg);
      if (async)
        co_await reinterpret_cast<AsyncCall>(entry)(c, d->obj);
      else
        reinterpret_cast<SyncCall>(entry)(c, d->obj);
    }
  }
}

void start() {
  std::call_once(started, [] {
    wake = Chan<int64_t>::make(1);
    GC_set_finalize_on_demand(1);
    GC_set_finalizer_notifier(notify);
    go(run_finalizers());
  });
}

}  // namespace

void set(void* obj, const void* closure, bool async) {
  start();
  Registration* reg = nullptr;
  if (closure != nullptr) {
    reg = static_cast<Registration*>(gc_alloc_root(sizeof(Registration)));
    reg->closure = closure;
    reg->async = async;
  }
  GC_finalization_proc old_fn = nullptr;
  void* old_cd = nullptr;
  GC_register_finalizer_ignore_self(obj, reg ? on_finalizable : nullptr, reg, &old_fn, &old_cd);
  if (old_fn == on_finalizable && old_cd != nullptr) gc_free_root(old_cd);
}

void collect() {
  GC_gcollect();
  if (GC_should_invoke_finalizers()) notify();
}

}  // namespace gocxx::finalizer
