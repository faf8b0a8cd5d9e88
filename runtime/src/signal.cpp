// This file implements the runtime's signal handling (Go: runtime/signal_unix.go,
// sigtab_linux_generic.go and sigqueue.go): Go's default dispositions, and the queue that
// hands signals enabled by os/signal to its delivery goroutine through a self-pipe watched
// by the poller.
#include "gocxx/signal.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <mutex>

#include "gocxx/poll.h"
#include "gocxx/sched.h"
#include "sched_internal.h"

namespace gocxx {

namespace {

constexpr int kNumSig = 65;

// What a signal does when os/signal does not want it (Go's sigtable flags).
enum class Default : uint8_t {
  Untouched,  // not ours: SIGKILL/SIGSTOP, the fatal ones (fatal.cpp), the collector's
  Kill,       // SIGHUP, SIGINT, SIGTERM: the process dies from the signal
  Throw,      // SIGQUIT: Go's dump, exit status 2
  Ignore,     // caught and dropped: SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, real-time signals...
  System,     // the system default (SIGCHLD, SIGCONT, SIGTSTP, SIGWINCH, ...): handled only
              // while os/signal wants it
};

Default default_of(int sig) {
  switch (sig) {
    case SIGHUP:
    case SIGINT:
    case SIGTERM:
      return Default::Kill;
    case SIGQUIT:
      return Default::Throw;
    case SIGPIPE:
    case SIGUSR1:
    case SIGUSR2:
    case SIGALRM:
    case SIGVTALRM:
    case SIGXFSZ:
    case SIGIO:
    case SIGPROF:
      return Default::Ignore;
    case SIGCHLD:
    case SIGCONT:
    case SIGTSTP:
    case SIGTTIN:
    case SIGTTOU:
    case SIGURG:
    case SIGWINCH:
      return Default::System;
    default:
      // Real-time signals from SIGRTMIN (glibc keeps the two below it for itself).
      if (sig >= SIGRTMIN && sig <= SIGRTMAX) return Default::Ignore;
      return Default::Untouched;  // SIGKILL, SIGSTOP, SIGSEGV, SIGBUS, SIGFPE, SIGILL,
                                  // SIGABRT, SIGTRAP, SIGSYS, SIGPWR/SIGXCPU (the collector)
  }
}

std::atomic<uint32_t> g_wanted[3];   // enabled by signal.Notify
std::atomic<uint32_t> g_pending[3];  // arrived, not yet handed to signal_recv
std::atomic<bool> g_ignored[kNumSig];
std::atomic<bool> g_receiver_waiting{false};
int g_pipe_w = -1;
int g_pipe_r = -1;
PollDesc* g_pipe_pd = nullptr;
std::once_flag g_pipe_once;

bool bit(const std::atomic<uint32_t>* set, int sig) {
  return (set[sig / 32].load(std::memory_order_acquire) >> (sig % 32)) & 1;
}

// Go's sighandler for a _SigThrow signal: the report, then exit status 2.
[[noreturn]] void throw_signal(int sig) {
  detail::write_stderr(sig == SIGQUIT ? "SIGQUIT: quit" : "signal");
  detail::write_stderr("\nPC=0x0 m=0 sigcode=0\n\ngoroutine ");
  detail::G* g = detail::main_goroutine();
  char id[24];
  detail::format_dec(id, g ? g->id : 1);
  detail::write_stderr(id);
  detail::write_stderr(" [");
  detail::write_stderr(g && g->status.load(std::memory_order_relaxed) == detail::GStatus::Waiting
                           ? detail::wait_reason_text(g->wait_reason)
                           : "running");
  detail::write_stderr("]:\n");
  detail::print_other_goroutines(g);
  _exit(2);
}

// Go's dieFromSignal: the default action, so the parent sees death by this signal.
[[noreturn]] void die_from_signal(int sig) {
  struct sigaction sa {};
  sa.sa_handler = SIG_DFL;
  sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, nullptr);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  raise(sig);
  _exit(2);  // the signal was blocked or ignored after all
}

void on_signal(int sig, siginfo_t*, void*) {
  int saved_errno = errno;
  if (sig > 0 && sig < kNumSig && bit(g_wanted, sig)) {
    g_pending[sig / 32].fetch_or(uint32_t(1) << (sig % 32), std::memory_order_acq_rel);
    char b = 0;
    (void)!::write(g_pipe_w, &b, 1);  // a full pipe already holds a wake-up
    errno = saved_errno;
    return;
  }
  switch (default_of(sig)) {
    case Default::Kill:
      die_from_signal(sig);
    case Default::Throw:
      throw_signal(sig);
    case Default::Ignore:
    case Default::System:
    case Default::Untouched:
      break;
  }
  errno = saved_errno;
}

void set_action(int sig, void (*handler)(int), bool ours) {
  struct sigaction sa {};
  sigemptyset(&sa.sa_mask);
  if (ours) {
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
  } else {
    sa.sa_handler = handler;
  }
  sigaction(sig, &sa, nullptr);
}

bool ignored_at_start(int sig) {
  struct sigaction old {};
  return sigaction(sig, nullptr, &old) == 0 && !(old.sa_flags & SA_SIGINFO) &&
         old.sa_handler == SIG_IGN;
}

// The disposition a signal has when os/signal does not want it.
void restore_default(int sig) {
  switch (default_of(sig)) {
    case Default::Kill:
    case Default::Throw:
    case Default::Ignore:
      set_action(sig, nullptr, true);
      break;
    case Default::System:
      set_action(sig, SIG_DFL, false);
      break;
    case Default::Untouched:
      break;
  }
}

void open_pipe() {
  int fds[2];
  if (::pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) {
    detail::write_stderr("fatal error: os/signal: cannot create the signal pipe\n");
    detail::exit_process(2);
  }
  g_pipe_r = fds[0];
  g_pipe_w = fds[1];
  g_pipe_pd = PollDesc::open(g_pipe_r);
}

// Takes one pending signal, or 0.
uint32_t take_pending() {
  for (int i = 0; i < 3; i++) {
    uint32_t p = g_pending[i].load(std::memory_order_acquire);
    while (p != 0) {
      uint32_t b = uint32_t(__builtin_ctz(p));
      uint32_t m = uint32_t(1) << b;
      if (g_pending[i].fetch_and(~m, std::memory_order_acq_rel) & m) return uint32_t(i * 32) + b;
      p = g_pending[i].load(std::memory_order_acquire);
    }
  }
  return 0;
}

bool any_pending() {
  for (auto& w : g_pending) {
    if (w.load(std::memory_order_acquire) != 0) return true;
  }
  return false;
}

}  // namespace

void install_signal_handlers() {
  for (int sig = 1; sig < kNumSig; sig++) {
    Default d = default_of(sig);
    if (d == Default::Untouched || d == Default::System) continue;
    // As in Go, a signal ignored when the program started (nohup) stays ignored.
    if ((d == Default::Kill || sig == SIGPIPE) && ignored_at_start(sig)) {
      g_ignored[sig].store(true);
      continue;
    }
    set_action(sig, nullptr, true);
  }
}

void signal_enable(uint32_t sig) {
  if (sig == 0 || sig >= uint32_t(kNumSig) || default_of(int(sig)) == Default::Untouched) return;
  std::call_once(g_pipe_once, open_pipe);
  g_ignored[sig].store(false);
  g_wanted[sig / 32].fetch_or(uint32_t(1) << (sig % 32), std::memory_order_acq_rel);
  set_action(int(sig), nullptr, true);
}

void signal_disable(uint32_t sig) {
  if (sig == 0 || sig >= uint32_t(kNumSig) || default_of(int(sig)) == Default::Untouched) return;
  g_wanted[sig / 32].fetch_and(~(uint32_t(1) << (sig % 32)), std::memory_order_acq_rel);
  restore_default(int(sig));  // Go keeps the ignored bit: Ignored stays true after Reset
}

void signal_ignore(uint32_t sig) {
  if (sig == 0 || sig >= uint32_t(kNumSig) || default_of(int(sig)) == Default::Untouched) return;
  g_wanted[sig / 32].fetch_and(~(uint32_t(1) << (sig % 32)), std::memory_order_acq_rel);
  g_ignored[sig].store(true);
  set_action(int(sig), SIG_IGN, false);
}

bool signal_ignored(uint32_t sig) { return sig < uint32_t(kNumSig) && g_ignored[sig].load(); }

Task<uint32_t> signal_recv() {
  std::call_once(g_pipe_once, open_pipe);
  for (;;) {
    if (uint32_t sig = take_pending()) co_return sig;
    // Drain the wake-ups, then look again: a signal may have arrived in between.
    char buf[64];
    while (::read(g_pipe_r, buf, sizeof buf) > 0) {
    }
    if (any_pending()) continue;
    g_receiver_waiting.store(true, std::memory_order_release);
    co_await g_pipe_pd->wait_read();
    g_receiver_waiting.store(false, std::memory_order_release);
  }
}

Task<> signal_wait_until_idle() {
  while (any_pending() ||
         (g_pipe_pd != nullptr && !g_receiver_waiting.load(std::memory_order_acquire))) {
    co_await gosched();
  }
}

void sigpipe() { die_from_signal(SIGPIPE); }

}  // namespace gocxx
