// This file implements the M:N scheduler (Go: runtime/proc.go): workers, run queues, parking,
// readying, work stealing, idling, deadlock detection and fake time.
//
// One worker thread per GOMAXPROCS. Each has a local ring (runq.h) and a runnext slot; there is
// one global queue. A worker looks for work in runnext, its ring, the global queue (every 61st
// tick first, for fairness), due timers, the poller, and other workers' rings; then it spins a
// while and finally sleeps on a futex. At most one idle worker sleeps in the poller instead,
// with a timeout set by the earliest timer. When the last worker goes idle and nothing can wake
// anyone (no timers, no fd waits) the program is deadlocked, as Go reports it: the check is a
// proof, not a guess (see quiescent_locked).
#include "gocxx/sched.h"

#include <pthread.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <climits>
#include <coroutine>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <utility>

#include "frame_cache.h"
#include "gocxx/detail/lock.h"
#include "gocxx/gc.h"
#include "gocxx/method_call.h"
#include "gocxx/signal.h"
#include "runq.h"
#include "sched_internal.h"
#include "timer_heap.h"

namespace gocxx::detail {

// Handback: the goroutine finished a task that a run_sync on another stack waits for
// (wait_suspended_task); that stack continues the goroutine, the scheduler leaves it alone.
enum class PostAction : uint8_t { None, Park, Yield, Exit, Handback };

struct alignas(64) Worker {
  int id = 0;
  RunQueue runq;
  std::atomic<G*> runnext{nullptr};
  // Written only by the owner; read by thieves. Own cache line: thieves poll it.
  alignas(64) std::atomic<uint32_t> schedtick{0};
  alignas(64) uint64_t rand_state = 0;
  // Goroutines this worker made runnable (spawned, readied) minus those it parked or ended.
  // Written only by the owner, without a locked instruction; summed by the deadlock check
  // (quiescent_locked) when every worker is idle, so each sum term is final and published
  // through sched.lock. One worker's term may be negative (readied here, parked there).
  std::atomic<int64_t> active_delta{0};
  bool spinning = false;
  std::atomic<uint32_t> sleep_word{0};
  Worker* idle_next = nullptr;
  // What the scheduler does once control is back from the goroutine it resumed.
  PostAction post = PostAction::None;
  void (*unlockf)(void*) = nullptr;
  void* unlock_arg = nullptr;
  // Set while this worker runs other goroutines until a run_sync task finishes: find_runnable
  // returns nullptr once it is nonzero. Written by the owner under sched.lock.
  std::atomic<uint32_t>* sync_done = nullptr;
  FrameCache frames;
  G* gfree = nullptr;  // dead goroutine records for reuse
  int ngfree = 0;
};

namespace {

// Plain (non-blocking) calls run on the worker's stack: Go allows a goroutine 1 GB of stack,
// so a worker reserves as much (address space; only touched pages cost memory).
constexpr std::size_t kWorkerStack = std::size_t(1) << 30;
constexpr int kGFreeMax = 256;
// Under GOCXX_FAKETIME, how long a quiescent program's descriptors (pipes, sockets,
// os/signal) must stay quiet in real time before the virtual clock jumps to the next timer.
constexpr int64_t kFakePollQuietNs = 20 * 1000 * 1000;

struct Sched {
  Lock lock;
  G* gq_head = nullptr;
  G* gq_tail = nullptr;
  std::atomic<int64_t> gq_size{0};
  Worker* idle_sleepers = nullptr;  // futex sleepers, guarded by lock
  std::atomic<int32_t> nidle{0};    // futex sleepers + a blocked poller
  std::atomic<int32_t> nspinning{0};
  bool poller_busy = false;  // a worker is blocked in netpoll; guarded by lock
  std::atomic<int64_t> poll_until{INT64_MAX};
  Worker** workers = nullptr;
  int nworkers = 0;  // started workers (fixed)
  // runtime.GOMAXPROCS: workers with id >= nactive stop (counted in nidle) until it grows;
  // procs is the setting Go reports, which may exceed the started count.
  std::atomic<uint32_t> nactive{0};
  std::atomic<int32_t> procs{0};
  std::atomic<int64_t> ngoroutines{0};
  // Goroutines made runnable by threads that are not workers (the main thread starting
  // goroutine 1, C++ hosts): changed only under lock, so the deadlock check sees them.
  int64_t active_external = 0;
  // run_main started a Go program. A C++ host that only uses block_on gets no deadlock
  // reports: another host thread may still wake its goroutines (Go's c-archive rule).
  std::atomic<bool> go_program{false};
  std::atomic<uint64_t> next_goid{1};
  G* main_g = nullptr;
  std::atomic<bool> main_goexited{false};  // main called runtime.Goexit
  std::atomic<bool> started{false};
};

Sched sched;
thread_local Worker* tl_worker = nullptr;
thread_local G* tl_g = nullptr;

uint64_t next_rand(Worker* w) {
  // wyrand: fast, good enough for victim choice and select order.
  w->rand_state += 0xa0761d6478bd642fULL;
  __uint128_t m = __uint128_t(w->rand_state) * (w->rand_state ^ 0xe7037ed1a0b428dbULL);
  return uint64_t(m >> 64) ^ uint64_t(m);
}

// Counts a goroutine becoming runnable (+1) or parked/ended (-1) on worker w.
void count_active(Worker* w, int64_t d) {
  w->active_delta.store(w->active_delta.load(std::memory_order_relaxed) + d,
                        std::memory_order_relaxed);
}

// ---- global queue (sched.lock held) ----

void gq_put_locked(G* first, G* last, int64_t n) {
  last->schedlink = nullptr;
  if (sched.gq_tail)
    sched.gq_tail->schedlink = first;
  else
    sched.gq_head = first;
  sched.gq_tail = last;
  sched.gq_size.fetch_add(n, std::memory_order_release);
}

G* gq_pop_locked() {
  G* g = sched.gq_head;
  if (!g) return nullptr;
  sched.gq_head = g->schedlink;
  if (!sched.gq_head) sched.gq_tail = nullptr;
  sched.gq_size.fetch_sub(1, std::memory_order_release);
  return g;
}

void gq_put(G* g) {
  LockGuard lg(sched.lock);
  gq_put_locked(g, g, 1);
}

// Makes g runnable from a thread that is not a worker: counted (as a new goroutine too when
// `created`) and queued under one lock acquisition, so the deadlock check sees all or nothing.
void inject_external(G* g, bool created) {
  LockGuard lg(sched.lock);
  sched.active_external++;
  if (created) sched.ngoroutines.fetch_add(1, std::memory_order_relaxed);
  gq_put_locked(g, g, 1);
}

// Takes a batch from the global queue: one to run, the rest into w's ring.
G* gq_get(Worker* w, int64_t max) {
  if (sched.gq_size.load(std::memory_order_acquire) == 0) return nullptr;
  LockGuard lg(sched.lock);
  int64_t size = sched.gq_size.load(std::memory_order_relaxed);
  if (size == 0) return nullptr;
  int64_t n = size / sched.nworkers + 1;
  if (n > size) n = size;
  if (n > max) n = max;
  if (n > int64_t(RunQueue::kSize / 2)) n = RunQueue::kSize / 2;
  G* g = gq_pop_locked();
  for (int64_t i = 1; i < n; i++) {
    G* extra = gq_pop_locked();
    if (!w->runq.try_put(extra)) {
      gq_put_locked(extra, extra, 1);
      break;
    }
  }
  return g;
}

void runq_put(Worker* w, G* g) {
  while (!w->runq.try_put(g)) {
    G *first, *last;
    uint32_t n = w->runq.take_half(&first, &last);
    if (n == 0) continue;
    last->schedlink = g;
    LockGuard lg(sched.lock);
    gq_put_locked(first, g, n + 1);
    return;
  }
}

// ---- waking idle workers ----

// Takes the first futex sleeper off the idle list (sched.lock held). Its sleep word is cleared
// here, under the lock, so a worker rechecking its own state never sees itself both asleep and
// off the list.
Worker* pop_sleeper_locked(bool spinning) {
  Worker* w = sched.idle_sleepers;
  if (w) {
    sched.idle_sleepers = w->idle_next;
    sched.nidle.fetch_sub(1);
    w->spinning = spinning;  // published to w by the release store below
    w->sleep_word.store(0, std::memory_order_release);
  }
  return w;
}

void wake_worker(Worker* w) { futex_wake(&w->sleep_word, 1); }

// Go's wakep: make sure some worker will look for the work just queued.
void wakep() {
  if (sched.nidle.load(std::memory_order_acquire) == 0) return;
  int32_t expected = 0;
  if (!sched.nspinning.compare_exchange_strong(expected, 1)) return;
  Worker* w = nullptr;
  bool poller = false;
  {
    LockGuard lg(sched.lock);
    w = pop_sleeper_locked(true);
    if (!w) {
      poller = sched.poller_busy;
    }
  }
  if (w) {
    wake_worker(w);
    return;
  }
  sched.nspinning.fetch_sub(1);
  if (poller) netpoll_break();
}

void stop_spinning(Worker* w) {
  if (!w->spinning) return;
  w->spinning = false;
  // The last spinner found work: there may be more, so keep someone looking (Go's resetspinning).
  if (sched.nspinning.fetch_sub(1) == 1) wakep();
}

// ---- finding work ----

G* local_work(Worker* w) {
  uint32_t tick = w->schedtick.load(std::memory_order_relaxed);
  if (tick % 61 == 0 && sched.gq_size.load(std::memory_order_relaxed) > 0) {
    if (G* g = gq_get(w, 1)) return g;
  }
  if (G* g = w->runnext.exchange(nullptr, std::memory_order_acq_rel)) return g;
  if (G* g = w->runq.get()) return g;
  return gq_get(w, INT64_MAX);
}

// The wait before taking a busy victim's runnext or lone goroutine. Go's runqgrab sleeps
// (usleep(3)) instead of spinning: the thief gives its core back while it waits, so a worker
// that finds nothing to steal costs a short sleep, not a burnt core (a 3,000-pause spin here
// was 45% of the CPU time of a producer/consumer pair at GOMAXPROCS=2). The kernel's timer
// slack makes the sleep tens of microseconds, which is the "a while" the locality rules want.
void steal_pause() {
  struct timespec ts = {0, 3000};
  nanosleep(&ts, nullptr);
}

G* steal_work(Worker* w) {
  int n = sched.nworkers;
  if (n == 1) return nullptr;
  for (int round = 0; round < 4; round++) {
    bool last_round = round == 3;
    int start = int(next_rand(w) % uint64_t(n));
    for (int i = 0; i < n; i++) {
      Worker* v = sched.workers[(start + i) % n];
      if (v == w) continue;
      // Steal the victim's runnext only if it has been stuck on one goroutine for a while:
      // a partner woken by its peer should run on the peer's worker (ping-pong locality).
      // Likewise a single queued goroutine: the one its running goroutine just started
      // (`go f()`) stays put for a moment, as in Go, where waking another thread to steal it
      // takes microseconds, so that `go f(); fmt.Println(...)` prints before f starts.
      bool take_next = false;
      bool lone = v->runq.size() == 1;
      if (lone && !last_round) continue;
      if (last_round && (lone || v->runnext.load(std::memory_order_relaxed) != nullptr)) {
        uint32_t tick = v->schedtick.load(std::memory_order_acquire);
        steal_pause();
        if (v->schedtick.load(std::memory_order_acquire) != tick) continue;
        take_next = true;
      }
      if (G* g = w->runq.steal_from(v->runq, v->runnext, take_next)) return g;
    }
  }
  return nullptr;
}

bool any_work_queued() {
  if (sched.gq_size.load(std::memory_order_acquire) > 0) return true;
  for (int i = 0; i < sched.nworkers; i++) {
    Worker* v = sched.workers[i];
    if (!v->runq.empty() || v->runnext.load(std::memory_order_acquire) != nullptr) return true;
  }
  return false;
}

// The worker waits in wait_suspended_task and the task it waits for is done.
bool sync_wait_over(Worker* w) {
  return w->sync_done != nullptr && w->sync_done->load(std::memory_order_acquire) != 0;
}

[[noreturn]] void report_deadlock() {
  G* m = sched.main_g;
  if (m == nullptr) {
    // main called runtime.Goexit: there is no main goroutine to show.
    write_stderr("fatal error: all goroutines are asleep - deadlock!\n");
    exit_process(2);
  }
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [%s]:\n",
                wait_reason_text(m ? m->wait_reason : WaitReason::None));
  write_stderr(buf);
  print_other_goroutines(m);  // as Go's throw does: every goroutine, main first
  exit_process(2);
}

enum class IdleMode { Retry, Poll, Sleep, FakeAdvance };

// True when no goroutine can run until a timer fires or an fd becomes ready: every worker is
// idle (futex sleepers counted in nidle, the caller about to be) and no goroutine is runnable
// or running (Go's checkdead, which decides from every M and G under sched.lock).
//
// Why this is a proof: a worker changes its active_delta only while it is not idle, and it
// becomes idle under sched.lock, so once all are idle every term of the sum is final and
// visible to the lock holder. Threads that are not workers count under the lock. A goroutine
// is counted from the moment it is created or readied, before any queue holds it, until it
// parks or ends: one in flight between queues, just readied, or being handed to a woken worker
// keeps the sum above zero. ngoroutines follows the same rule (a thread that is not a worker
// counts a new goroutine in both under the lock), so a quiescent program with live goroutines
// has every one of them parked. A worker blocked in netpoll counts as idle yet readies goroutines
// as it returns; while it is there the check answers no, and it checks again itself when it
// comes back. Called with sched.lock held, after the caller counted itself in nidle.
bool quiescent_locked() {
  if (sched.nidle.load(std::memory_order_relaxed) != sched.nworkers || sched.poller_busy)
    return false;
  int64_t active = sched.active_external;
  for (int i = 0; i < sched.nworkers; i++) {
    active += sched.workers[i]->active_delta.load(std::memory_order_relaxed);
  }
  return active == 0 && !any_work_queued();
}

// Registers w as idle and decides how it waits. Called with sched.lock held.
IdleMode enter_idle_locked(Worker* w) {
  if (sched.gq_size.load(std::memory_order_relaxed) > 0) return IdleMode::Retry;
  // The goroutine w waits for is back (SyncResumer stored done before it locked): w has work.
  if (sync_wait_over(w)) return IdleMode::Retry;
  sched.nidle.fetch_add(1);
  if (quiescent_locked()) {
    int64_t live = sched.ngoroutines.load(std::memory_order_relaxed);
    bool fd_waits = netpoll_waiters() > 0;
    bool go_program = sched.go_program.load(std::memory_order_relaxed);
    if (go_program && live == 0 && sched.main_goexited.load()) {
      write_stderr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
      exit_process(2);
    }
    if (go_program && live > 0 && timers_pending() == 0 && !fd_waits) report_deadlock();
    if (live > 0 && fake_time_enabled() && !fd_waits) {
      sched.nidle.fetch_sub(1);
      return IdleMode::FakeAdvance;
    }
  }
  bool wants_poll = netpoll_waiters() > 0 || (!fake_time_enabled() && timers_pending() > 0);
  if (wants_poll && !sched.poller_busy) {
    sched.poller_busy = true;
    return IdleMode::Poll;
  }
  w->sleep_word.store(1, std::memory_order_relaxed);
  w->idle_next = sched.idle_sleepers;
  sched.idle_sleepers = w;
  return IdleMode::Sleep;
}

// Blocks w until there may be work for it.
void idle(Worker* w) {
  if (w->spinning) {
    w->spinning = false;
    sched.nspinning.fetch_sub(1);
  }
  IdleMode mode;
  {
    LockGuard lg(sched.lock);
    mode = enter_idle_locked(w);
  }
  switch (mode) {
    case IdleMode::Retry:
      return;
    case IdleMode::FakeAdvance:
      advance_fake_clock();
      timers_run(nanotime());
      return;
    case IdleMode::Poll: {
      int64_t when = timers_next_when();
      int64_t timeout = -1;
      // Under fake time the next timer is not a real deadline: real I/O gets a short real
      // wait, and if the program is still quiescent after it, virtual time jumps.
      bool fake_wait = fake_time_enabled() && when != INT64_MAX;
      if (fake_wait) {
        timeout = kFakePollQuietNs;
      } else if (when != INT64_MAX) {
        int64_t now = nanotime();
        timeout = when > now ? when - now : 0;
      }
      sched.poll_until.store(timeout < 0 || fake_wait ? INT64_MAX : when,
                             std::memory_order_release);
      int readied = netpoll(timeout);
      sched.poll_until.store(INT64_MAX, std::memory_order_release);
      bool advance;
      {
        LockGuard lg(sched.lock);
        sched.poller_busy = false;
        advance = fake_wait && readied == 0 && quiescent_locked();
        sched.nidle.fetch_sub(1);
      }
      if (advance) advance_fake_clock();
      timers_run(nanotime());
      return;
    }
    case IdleMode::Sleep:
      // Recheck after publishing ourselves as idle so work queued meanwhile is not stranded
      // (and a finished run_sync task not missed: SyncResumer stores, then locks).
      if (any_work_queued() || sync_wait_over(w)) {
        LockGuard lg(sched.lock);
        if (w->sleep_word.load(std::memory_order_relaxed) == 1) {
          Worker** pp = &sched.idle_sleepers;
          while (*pp != w) pp = &(*pp)->idle_next;
          *pp = w->idle_next;
          sched.nidle.fetch_sub(1);
          w->sleep_word.store(0, std::memory_order_relaxed);
          return;
        }
      }
      while (w->sleep_word.load(std::memory_order_acquire) == 1) futex_wait(&w->sleep_word, 1);
      return;
  }
}

// Parks a worker beyond the GOMAXPROCS setting: its queued goroutines move to the global
// queue and it counts as idle (so deadlock detection still sees every worker) until the
// setting grows again.
void stop_worker(Worker* w) {
  if (w->spinning) {
    w->spinning = false;
    sched.nspinning.fetch_sub(1);
  }
  if (G* g = w->runnext.exchange(nullptr, std::memory_order_acq_rel)) gq_put(g);
  while (G* g = w->runq.get()) gq_put(g);
  {
    LockGuard lg(sched.lock);
    sched.nidle.fetch_add(1);
  }
  wakep();
  for (;;) {
    uint32_t active = sched.nactive.load(std::memory_order_acquire);
    if (uint32_t(w->id) < active) break;
    futex_wait(&sched.nactive, active);
  }
  LockGuard lg(sched.lock);
  sched.nidle.fetch_sub(1);
}

// The next goroutine for w to run; nullptr only when sync_wait_over(w).
G* find_runnable(Worker* w) {
  for (;;) {
    if (sync_wait_over(w)) return nullptr;
    // A worker waiting for a run_sync task keeps going: the goroutine it waits for is handed
    // back to its stack, which must be awake to take it.
    if (uint32_t(w->id) >= sched.nactive.load(std::memory_order_acquire) && w->sync_done == nullptr)
      stop_worker(w);
    if (G* g = local_work(w)) return g;
    if (timers_run(nanotime()) > 0) continue;
    if (netpoll_waiters() > 0 && netpoll(0) > 0) continue;
    if (!w->spinning && 2 * sched.nspinning.load() < sched.nworkers - sched.nidle.load()) {
      w->spinning = true;
      sched.nspinning.fetch_add(1);
    }
    if (G* g = steal_work(w)) return g;
    if (G* g = gq_get(w, INT64_MAX)) return g;
    idle(w);
  }
}

// Dead goroutine records shared between workers, as Go's sched.gFree: the worker that
// ends goroutines is often not the one that starts them (`for { go f() }`), and without
// the shared list every record went through the collector's global lock twice.
struct GFreeList {
  std::mutex mu;
  G* head = nullptr;
  std::atomic<int> n{0};  // read without the lock as a hint
};
GFreeList g_gfree;
constexpr int kGFreeBatch = kGFreeMax / 2;
constexpr int kGFreeGlobalMax = 64 * kGFreeMax;

void free_g(Worker* w, G* g) {
  g->root.destroy();
  g->status.store(GStatus::Dead, std::memory_order_relaxed);
  count_active(w, -1);
  sched.ngoroutines.fetch_sub(1, std::memory_order_relaxed);
  if (w->ngfree >= kGFreeMax) {
    // Move half of the local list to the shared one (or back to the collector when full).
    G* first = w->gfree;
    G* last = first;
    for (int i = 1; i < kGFreeBatch; i++) last = last->schedlink;
    w->gfree = last->schedlink;
    w->ngfree -= kGFreeBatch;
    last->schedlink = nullptr;
    {
      std::lock_guard<std::mutex> lock(g_gfree.mu);
      if (g_gfree.n.load(std::memory_order_relaxed) < kGFreeGlobalMax) {
        last->schedlink = g_gfree.head;
        g_gfree.head = first;
        g_gfree.n.fetch_add(kGFreeBatch, std::memory_order_relaxed);
        first = nullptr;
      }
    }
    while (first != nullptr) {
      G* next = first->schedlink;
      allgs_remove(first);
      first->~G();
      gc_free_root(first);
      first = next;
    }
  }
  g->schedlink = w->gfree;
  w->gfree = g;
  w->ngfree++;
}

// Refills an empty local list with up to kGFreeBatch records from the shared one.
void refill_gfree(Worker* w) {
  std::lock_guard<std::mutex> lock(g_gfree.mu);
  while (g_gfree.head != nullptr && w->ngfree < kGFreeBatch) {
    G* g = g_gfree.head;
    g_gfree.head = g->schedlink;
    g_gfree.n.fetch_sub(1, std::memory_order_relaxed);
    g->schedlink = w->gfree;
    w->gfree = g;
    w->ngfree++;
  }
}

void execute(Worker* w, G* g) {
  stop_spinning(w);
  // Only the owner writes schedtick: a plain store, not a locked read-modify-write.
  w->schedtick.store(w->schedtick.load(std::memory_order_relaxed) + 1, std::memory_order_release);
  tl_g = g;
  g->status.store(GStatus::Running, std::memory_order_relaxed);
  w->post = PostAction::None;
  tl_frame_bytes = g->frame_bytes;
  g->resume.resume();
  // A handed-back goroutine already continues on the waiting stack, which owns g now.
  if (w->post != PostAction::Handback) g->frame_bytes = tl_frame_bytes;
  tl_g = nullptr;
  switch (w->post) {
    case PostAction::Park:
      if (w->unlockf) w->unlockf(w->unlock_arg);
      break;
    case PostAction::Yield:
      gq_put(g);
      break;
    case PostAction::Exit:
      if (g == sched.main_g) {
        if (!sched.main_goexited.load()) exit_process(0);
        sched.main_g = nullptr;
      }
      free_g(w, g);
      break;
    case PostAction::Handback:
      break;
    case PostAction::None:
      write_stderr("fatal error: goroutine suspended without parking\n");
      exit_process(2);
  }
}

void* worker_main(void* arg) {
  Worker* w = static_cast<Worker*>(arg);
  tl_worker = w;
  pthread_attr_t attr;
  void* lo = nullptr;
  std::size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &lo, &size);
    pthread_attr_destroy(&attr);
  }
  install_stack_guard(lo, size);
  for (;;) execute(w, find_runnable(w));
  return nullptr;
}

int parse_gomaxprocs() {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  if (const char* s = std::getenv("GOMAXPROCS")) {
    long v = std::strtol(s, nullptr, 10);
    if (v > 0) n = v;
  }
  if (n < 1) n = 1;
  if (n > 256) n = 256;
  return int(n);
}

G* new_g(std::coroutine_handle<> root) {
  Worker* w = tl_worker;
  G* g;
  if (w && w->gfree == nullptr && g_gfree.n.load(std::memory_order_relaxed) > 0) refill_gfree(w);
  if (w && w->gfree) {
    g = w->gfree;
    w->gfree = g->schedlink;
    w->ngfree--;
    g->~G();  // a reused record keeps its place on the list of all of them
    ::new (g) G();
  } else {
    g = static_cast<G*>(gc_alloc_root(g_alloc_size()));
    ::new (g) G();
    allgs_add(g);
  }
  g->id = sched.next_goid.fetch_add(1, std::memory_order_relaxed);
  g->root = root;
  g->resume = root;
  return g;
}

}  // namespace

// ---- API used by awaiters and the rest of the runtime ----

G* current_g() { return tl_g; }

void park(std::coroutine_handle<> h, WaitReason reason, void (*unlockf)(void*), void* arg) {
  Worker* w = tl_worker;
  G* g = tl_g;
  g->resume = h;
  g->wait_reason = reason;
  g->status.store(GStatus::Waiting, std::memory_order_relaxed);
  w->post = PostAction::Park;
  count_active(w, -1);
  w->unlockf = unlockf;
  w->unlock_arg = arg;
}

void yield_current(std::coroutine_handle<> h) {
  G* g = tl_g;
  g->resume = h;
  g->status.store(GStatus::Runnable, std::memory_order_relaxed);
  tl_worker->post = PostAction::Yield;
}

void ready(G* g) {
  g->wait_reason = WaitReason::None;
  g->status.store(GStatus::Runnable, std::memory_order_relaxed);
  Worker* w = tl_worker;
  if (w == nullptr) {
    inject_external(g, false);
  } else if (tl_g != nullptr) {
    count_active(w, 1);
    if (G* old = w->runnext.exchange(g, std::memory_order_acq_rel)) runq_put(w, old);
  } else {
    count_active(w, 1);
    runq_put(w, g);
  }
  wakep();
}

void ready_from_scheduler(G* g) {
  g->wait_reason = WaitReason::None;
  g->status.store(GStatus::Runnable, std::memory_order_relaxed);
  if (Worker* w = tl_worker) {
    count_active(w, 1);
    runq_put(w, g);
  } else {
    inject_external(g, false);
  }
  wakep();
}

std::coroutine_handle<> goroutine_exit() noexcept {
  tl_g->status.store(GStatus::Dead, std::memory_order_relaxed);
  tl_worker->post = PostAction::Exit;
  return std::noop_coroutine();
}

// ---- run_sync of a task that suspended (method_call.h) ----

namespace {

// What a waiting run_sync shares with the worker that finishes its task.
struct SyncWaiter {
  Worker* w;  // the waiting worker
  std::atomic<uint32_t> done{0};
};

// Wakes w if it sleeps (or polls) waiting for its run_sync task.
void wake_sync_waiter(Worker* w) {
  LockGuard lg(sched.lock);
  if (w->sleep_word.load(std::memory_order_relaxed) == 1) {
    Worker** pp = &sched.idle_sleepers;
    while (*pp != nullptr && *pp != w) pp = &(*pp)->idle_next;
    if (*pp == w) {
      *pp = w->idle_next;
      sched.nidle.fetch_sub(1);
    }
    w->sleep_word.store(0, std::memory_order_release);
    wake_worker(w);
  } else if (sched.poller_busy) {
    netpoll_break();
  }
}

// The task's continuation: a frame that, once the task finishes (on whichever worker ran the
// goroutine), hands the goroutine back to the waiting stack.
struct SyncResumer {
  struct promise_type {
    SyncWaiter* waiter = nullptr;
    SyncResumer get_return_object() noexcept {
      return {std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    // Signals after the frame is suspended, so the waiter may destroy it at once.
    struct Signal {
      bool await_ready() noexcept { return false; }
      void await_suspend(std::coroutine_handle<promise_type> h) noexcept {
        SyncWaiter* s = h.promise().waiter;
        Worker* target = s->w;
        Worker* self = tl_worker;
        self->post = PostAction::Handback;
        tl_g->frame_bytes = tl_frame_bytes;  // the waiting stack takes the goroutine as it is
        s->done.store(1, std::memory_order_release);  // s may be gone after this
        if (target != self) wake_sync_waiter(target);
      }
      void await_resume() noexcept {}
    };
    Signal final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() noexcept { std::terminate(); }
  };
  std::coroutine_handle<promise_type> h;
};

SyncResumer sync_resumer() { co_return; }

}  // namespace

G* main_goroutine() { return sched.main_g; }

void goroutine_goexited() {
  if (tl_g != nullptr && tl_g == sched.main_g) sched.main_goexited.store(true);
}

void timer_deadline_changed(int64_t when) {
  if (!sched.started.load(std::memory_order_acquire)) return;
  LockGuard lg(sched.lock);
  if (sched.poller_busy) {
    if (when < sched.poll_until.load(std::memory_order_acquire)) netpoll_break();
  } else if (!fake_time_enabled()) {
    // Nobody watches the clock: wake a sleeper so it becomes the poller with a timeout.
    if (Worker* w = pop_sleeper_locked(false)) wake_worker(w);
  }
}

thread_local uint64_t tl_frame_bytes = 0;
thread_local uint32_t tl_new_frame_size = 0;

FrameDepot& frame_depot() {
  static FrameDepot depot;
  return depot;
}

void* frame_alloc(std::size_t n) {
  if (Worker* w = tl_worker) return w->frames.alloc(n);
  return FrameCache::alloc_uncached(n);
}

void frame_free(void* p, std::size_t n) noexcept {
  if (Worker* w = tl_worker) return w->frames.free(p, n);
  FrameCache::free_uncached(p, n);
}

uint64_t cheap_rand() {
  if (Worker* w = tl_worker) return next_rand(w);
  static std::atomic<uint64_t> seed{0x9e3779b97f4a7c15ULL};
  uint64_t x = seed.fetch_add(0x9e3779b97f4a7c15ULL);
  x ^= x >> 31;
  x *= 0xbf58476d1ce4e5b9ULL;
  return x ^ (x >> 29);
}

void wait_suspended_task(std::coroutine_handle<>* continuation) {
  Worker* w = tl_worker;
  G* g = tl_g;
  SyncWaiter waiter{w};
  SyncResumer resumer = sync_resumer();
  resumer.h.promise().waiter = &waiter;
  // Nobody can resume the task before the park's unlockf below runs: setting its
  // continuation here is safe.
  *continuation = resumer.h;
  // Finish the suspension as execute() does when control leaves a goroutine.
  PostAction post = std::exchange(w->post, PostAction::None);
  g->frame_bytes = tl_frame_bytes;  // as execute() saves it for a suspended goroutine
  tl_g = nullptr;
  if (post == PostAction::Park) {
    if (w->unlockf) w->unlockf(w->unlock_arg);
  } else if (post == PostAction::Yield) {
    gq_put(g);
  } else {
    write_stderr("fatal error: goroutine suspended without parking\n");
    exit_process(2);
  }
  // Run other goroutines (the one the task waits for among them) until the task is done;
  // when the goroutine is readied, whichever worker runs it finishes the task.
  // sync_done is written by w under sched.lock, so the deadlock check may read other workers'.
  std::atomic<uint32_t>* outer;
  {
    LockGuard lg(sched.lock);
    outer = std::exchange(w->sync_done, &waiter.done);
  }
  while (waiter.done.load(std::memory_order_acquire) == 0) {
    if (G* o = find_runnable(w)) execute(w, o);
  }
  {
    LockGuard lg(sched.lock);
    w->sync_done = outer;
  }
  if (w->spinning) {
    w->spinning = false;
    sched.nspinning.fetch_sub(1);
  }
  resumer.h.destroy();
  tl_g = g;
  tl_frame_bytes = g->frame_bytes;
  g->status.store(GStatus::Running, std::memory_order_relaxed);
  w->post = PostAction::None;
}

}  // namespace gocxx::detail

namespace gocxx {

using namespace detail;

void start_scheduler() {
  if (sched.started.load(std::memory_order_acquire)) return;
  gc_init();
  clock_init();
  netpoll_init();
  install_fatal_signal_handlers();
  install_signal_handlers();
  GC_allow_register_threads();
  int n = parse_gomaxprocs();
  sched.nworkers = n;
  sched.nactive.store(uint32_t(n));
  sched.procs.store(n);
  sched.workers = static_cast<Worker**>(gc_alloc_root(sizeof(Worker*) * n));
  uint64_t seed = uint64_t(nanotime());
  for (int i = 0; i < n; i++) {
    void* mem = gc_alloc_root(sizeof(Worker));
    Worker* w = ::new (mem) Worker();
    w->id = i;
    w->rand_state = seed ^ (uint64_t(i + 1) * 0x9e3779b97f4a7c15ULL);
    sched.workers[i] = w;
  }
  sched.started.store(true, std::memory_order_release);
  for (int i = 0; i < n; i++) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kWorkerStack);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t t;
    if (GC_pthread_create(&t, &attr, worker_main, sched.workers[i]) != 0) {
      write_stderr("fatal error: cannot create worker thread\n");
      exit_process(2);
    }
    pthread_attr_destroy(&attr);
  }
}

void detail::spawn_root(std::coroutine_handle<> root) {
  if (!sched.started.load(std::memory_order_acquire)) start_scheduler();
  G* g = new_g(root);
  if (Worker* w = tl_worker) {
    count_active(w, 1);
    sched.ngoroutines.fetch_add(1, std::memory_order_relaxed);
    runq_put(w, g);  // FIFO: goroutines start in the order `go` statements ran
  } else {
    inject_external(g, true);
  }
  wakep();
}

void detail::run_main_root(std::coroutine_handle<> root) {
  start_scheduler();
  sched.go_program.store(true, std::memory_order_relaxed);
  G* g = new_g(root);
  sched.main_g = g;
  inject_external(g, true);
  wakep();
  // The main thread only waits: workers own deep stacks; main's exit ends the process.
  std::atomic<uint32_t> forever{0};
  for (;;) futex_wait(&forever, 0);
}

int num_goroutine() { return int(sched.ngoroutines.load(std::memory_order_relaxed)); }
int gomaxprocs() { return sched.started.load() ? sched.procs.load() : parse_gomaxprocs(); }

int set_gomaxprocs(int n) {
  if (!sched.started.load(std::memory_order_acquire)) start_scheduler();
  int prev = sched.procs.load();
  if (n < 1 || n == prev) return prev;
  sched.procs.store(n);
  uint32_t active = uint32_t(std::min(n, sched.nworkers));
  uint32_t old = sched.nactive.exchange(active, std::memory_order_acq_rel);
  if (active > old) futex_wake(&sched.nactive, INT32_MAX);
  return prev;
}

bool current_proc_stopped() {
  return tl_worker != nullptr &&
         uint32_t(tl_worker->id) >= sched.nactive.load(std::memory_order_acquire);
}
uint64_t goid() { return tl_g ? tl_g->id : 0; }
int current_proc() { return tl_worker ? tl_worker->id : -1; }

}  // namespace gocxx
