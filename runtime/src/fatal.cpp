// This file implements the runtime's fatal paths: process exit, writing reports to stderr, and
// turning stack overflow and stray signals into Go's `fatal error:` reports with exit status 2
// instead of a bare SIGSEGV.
#include <signal.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "gocxx/detail/g.h"
#include "gocxx/task.h"
#include "sched_internal.h"

namespace gocxx::detail {

const char* wait_reason_text(WaitReason r) {
  switch (r) {
#define GOCXX_WAIT_TEXT(name, text) \
  case WaitReason::name:            \
    return text;
    GOCXX_WAIT_REASONS(GOCXX_WAIT_TEXT)
#undef GOCXX_WAIT_TEXT
  }
  return "";
}

void write_stderr(const char* s, std::size_t n) {
  while (n > 0) {
    ssize_t k = ::write(2, s, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return;
    }
    s += k;
    n -= std::size_t(k);
  }
}

void write_stderr(const char* s) { write_stderr(s, std::strlen(s)); }

void exit_process(int code) {
  std::fflush(stdout);
  std::fflush(stderr);
  _exit(code);
}

// Writes v in decimal to out (NUL-terminated, at most 21 bytes); async-signal-safe.
void format_dec(char* out, uint64_t v) {
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = char('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) *out++ = tmp[--n];
  *out = 0;
}

namespace {

thread_local char* tl_stack_lo = nullptr;
thread_local std::size_t tl_stack_size = 0;
constexpr std::size_t kAltStack = 64 * 1024;

void format_hex(char* out, uintptr_t v) {
  static const char digits[] = "0123456789abcdef";
  char tmp[20];
  int n = 0;
  do {
    tmp[n++] = digits[v & 15];
    v >>= 4;
  } while (v);
  *out++ = '0';
  *out++ = 'x';
  while (n) *out++ = tmp[--n];
  *out = 0;
}

void write_goroutine_header() {
  G* g = current_g();
  char num[24];
  format_dec(num, g ? g->id : 1);
  write_stderr("\ngoroutine ");
  write_stderr(num);
  write_stderr(" [running]:\n");
}

}  // namespace

// Async-signal-safe: also reached from the guard page's SIGSEGV handler.
void stack_overflow() noexcept {
  write_stderr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
  write_stderr("fatal error: stack overflow\n");
  write_goroutine_header();
  _exit(2);
}

void fatal_error(const char* msg) {
  write_stderr("fatal error: ");
  write_stderr(msg);
  write_stderr("\n");
  write_goroutine_header();
  exit_process(2);
}

namespace {

void on_fatal_signal(int sig, siginfo_t* info, void*) {
  char* addr = static_cast<char*>(info->si_addr);
  bool overflow = sig == SIGSEGV && tl_stack_lo != nullptr && addr < tl_stack_lo + 256 * 1024 &&
                  addr >= tl_stack_lo - 16 * 1024 * 1024;
  if (overflow) stack_overflow();
  char hex[24];
  format_hex(hex, reinterpret_cast<uintptr_t>(addr));
  write_stderr("unexpected fault address ");
  write_stderr(hex);
  write_stderr("\nfatal error: fault\n[signal ");
  write_stderr(sig == SIGSEGV  ? "SIGSEGV: segmentation violation"
               : sig == SIGBUS ? "SIGBUS: bus error"
               : sig == SIGFPE ? "SIGFPE: floating-point exception"
                               : "SIGILL: illegal instruction");
  write_stderr(" addr=");
  write_stderr(hex);
  write_stderr("]\n");
  write_goroutine_header();
  _exit(2);
}

}  // namespace

void install_stack_guard(void* stack_lo, std::size_t stack_size) {
  tl_stack_lo = static_cast<char*>(stack_lo);
  tl_stack_size = stack_size;
  // The handler needs a stack of its own: the overflowing one has none left.
  void* alt = mmap(nullptr, kAltStack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (alt == MAP_FAILED) return;
  stack_t ss{};
  ss.ss_sp = alt;
  ss.ss_size = kAltStack;
  sigaltstack(&ss, nullptr);
}

void install_fatal_signal_handlers() {
  struct sigaction sa {};
  sa.sa_sigaction = on_fatal_signal;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL}) sigaction(sig, &sa, nullptr);
}

}  // namespace gocxx::detail
