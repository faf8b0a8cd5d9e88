// This file implements the goroutine record (Go's `g`) and the park/ready protocol that every
// blocking operation in the runtime uses.
//
// A goroutine is a chain of coroutine frames: the root frame (the function given to `go`) and
// the frames it awaits, innermost last. The record keeps the innermost suspended handle; the
// scheduler resumes it, and symmetric transfer moves control up and down the chain without the
// scheduler. Parking follows Go's gopark: the awaiter queues the goroutine somewhere while
// holding a lock and asks the scheduler to release that lock *after* control has left the
// goroutine, so no other worker can resume it while its frame is still in use here.
#pragma once

#include <atomic>
#include <coroutine>
#include <cstdint>

namespace gocxx::detail {

// Why a goroutine is blocked, spelled as Go 1.19 prints it in tracebacks. Listed once.
#define GOCXX_WAIT_REASONS(X)                      \
  X(None, "")                                      \
  X(ChanSend, "chan send")                         \
  X(ChanReceive, "chan receive")                   \
  X(ChanSendNilChan, "chan send (nil chan)")       \
  X(ChanReceiveNilChan, "chan receive (nil chan)") \
  X(Select, "select")                              \
  X(SelectNoCases, "select (no cases)")            \
  X(Sleep, "sleep")                                \
  X(Semacquire, "semacquire")                      \
  X(SyncCondWait, "sync.Cond.Wait")                \
  X(IOWait, "IO wait")                             \
  X(Preempted, "preempted")

enum class WaitReason : uint8_t {
#define GOCXX_WAIT_ENUM(name, text) name,
  GOCXX_WAIT_REASONS(GOCXX_WAIT_ENUM)
#undef GOCXX_WAIT_ENUM
};
const char* wait_reason_text(WaitReason r);

struct PanicRecord;
struct Sudog;

enum class GStatus : uint8_t { Runnable, Running, Waiting, Dead };

struct G {
  uint64_t id = 0;
  std::coroutine_handle<> resume;  // innermost suspended frame
  std::coroutine_handle<> root;    // outermost frame; destroyed when the goroutine exits
  G* schedlink = nullptr;          // intrusive link for the global run queue
  std::atomic<GStatus> status{GStatus::Runnable};
  WaitReason wait_reason = WaitReason::None;
  bool system = false;  // a runtime goroutine (finalizers): left out of goroutine dumps
  // select: set by the waker that won the race to complete this goroutine's select.
  std::atomic<uint32_t> select_done{0};
  Sudog* param = nullptr;        // the sudog that woke us (select)
  PanicRecord* panic = nullptr;  // innermost panic in flight, linked to older ones
  // Identity of the deferred call currently run by a panic; recover() checks it.
  const void* recover_frame = nullptr;
  uint64_t frame_bytes = 0;         // tl_frame_bytes while the goroutine is not running
  const void* callsites = nullptr;  // innermost gocxx::CallSiteGuard (runtime.Caller)
  // Every goroutine record, live or kept for reuse, is also on one list (Go's allgs), for the
  // goroutine dumps of fatal errors and SIGQUIT: its links follow the G in the same
  // allocation (allgs.cpp), where reusing the record (destroy, construct) leaves them alone.
};

// Marks the running goroutine as the runtime's own (the finalizer goroutine), which goroutine
// dumps leave out as Go's do.
void mark_system_goroutine();

// The goroutine running on this thread, or nullptr outside goroutines.
G* current_g();

// Parks the current goroutine. Call from an awaiter's await_suspend(h) and then return true.
// After control leaves the goroutine, the scheduler calls unlockf(arg) (may be nullptr).
void park(std::coroutine_handle<> h, WaitReason reason, void (*unlockf)(void*), void* arg);

// Makes g runnable. From inside a goroutine it goes to this worker's runnext slot, so a
// goroutine woken by its partner runs next (ping-pong locality).
void ready(G* g);

// Requeues the current goroutine behind others (Gosched). Call from await_suspend and return true.
void yield_current(std::coroutine_handle<> h);

}  // namespace gocxx::detail
