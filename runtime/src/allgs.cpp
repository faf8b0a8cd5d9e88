// This file implements the list of all goroutine records (Go's allgs) and the goroutine
// dump that fatal errors and SIGQUIT print from it.

#include <atomic>
#include <ctime>

#include "gocxx/detail/lock.h"
#include "sched_internal.h"

namespace gocxx::detail {
namespace {

// A spin lock rather than a mutex: the dump runs in signal handlers, where it may only try.
// The links sit after the G (g_alloc_size), written only under the lock: a worker reusing
// a record must not touch them while another unlinks its neighbour.
struct AllLink {
  G* prev = nullptr;
  G* next = nullptr;
};
static_assert(sizeof(G) % alignof(AllLink) == 0);
AllLink& link(const G* g) {
  return *reinterpret_cast<AllLink*>(reinterpret_cast<char*>(const_cast<G*>(g)) + sizeof(G));
}

std::atomic<bool> g_locked{false};
G* g_head = nullptr;
G* g_tail = nullptr;

void lock() {
  while (g_locked.exchange(true, std::memory_order_acquire)) {
    while (g_locked.load(std::memory_order_relaxed)) cpu_relax();
  }
}
void unlock() { g_locked.store(false, std::memory_order_release); }

// Tries for about 100 ms: a thread stopped by the signal inside allgs_add would hold the lock
// forever, and a dump without its lock is still better than none.
bool try_lock_for_dump() {
  timespec start{}, now{};
  clock_gettime(CLOCK_MONOTONIC, &start);
  for (;;) {
    if (!g_locked.exchange(true, std::memory_order_acquire)) return true;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if ((now.tv_sec - start.tv_sec) * 1000000000L + (now.tv_nsec - start.tv_nsec) > 100000000L)
      return false;
  }
}

}  // namespace

std::size_t g_alloc_size() { return sizeof(G) + sizeof(AllLink); }

void allgs_add(G* g) {
  lock();
  link(g) = AllLink{g_tail, nullptr};
  (g_tail ? link(g_tail).next : g_head) = g;
  g_tail = g;
  unlock();
}

void allgs_remove(G* g) {
  lock();
  AllLink l = link(g);
  (l.prev ? link(l.prev).next : g_head) = l.next;
  (l.next ? link(l.next).prev : g_tail) = l.prev;
  unlock();
}

void print_other_goroutines(const G* first) {
  bool locked = try_lock_for_dump();
  for (const G* g = g_head; g != nullptr; g = link(g).next) {
    GStatus st = g->status.load(std::memory_order_relaxed);
    if (g == first || g->system || st == GStatus::Dead) continue;
    char id[24];
    format_dec(id, g->id);
    write_stderr("\ngoroutine ");
    write_stderr(id);
    write_stderr(" [");
    write_stderr(st == GStatus::Waiting    ? wait_reason_text(g->wait_reason)
                 : st == GStatus::Runnable ? "runnable"
                                           : "running");
    write_stderr("]:\n");
  }
  if (locked) unlock();
}

void mark_system_goroutine() {
  if (G* g = current_g()) g->system = true;
}

}  // namespace gocxx::detail
