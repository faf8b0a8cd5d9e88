// This file declares the scheduler's internals shared by the runtime's own sources
// (timers, poller, panics, fatal errors); generated code never sees it.
#pragma once

#include <cstdint>

#include "gocxx/detail/g.h"

namespace gocxx::detail {

struct Worker;

// The timer heap's earliest deadline moved earlier: wake whoever sleeps past it.
void timer_deadline_changed(int64_t when);

// Puts a goroutine readied outside goroutine context (timers, poller) on a run queue.
void ready_from_scheduler(G* g);

// Go's fatal(): "fatal error: <msg>", the goroutine header, exit status 2 (also declared in
// gocxx/detail/hmap.h, whose inline map code reports concurrent map writes).
[[noreturn]] void fatal_error(const char* msg);

// Prints the report and exits the process with `code` (2 for Go's fatal errors).
[[noreturn]] void exit_process(int code);

// The main goroutine, for fatal error reports.
G* main_goroutine();

// The list of every goroutine record (allgs.cpp). A record joins once, when it is first
// allocated; reuse keeps its place; it leaves when it goes back to the collector.
// A goroutine record's allocation: the G, then its links on that list.
std::size_t g_alloc_size();
void allgs_add(G* g);
void allgs_remove(G* g);
// Writes Go's traceback headers of every live goroutine but `first` and system ones, each
// after a blank line ("\ngoroutine 17 [chan receive]:\n"), gocxx having no frames to show.
// Safe in a signal handler: gives up on the list's lock after a while rather than deadlock.
void print_other_goroutines(const G* first);

// The running goroutine's root frame ended by runtime.Goexit: for the main
// goroutine the program does not exit but waits for the others.
void goroutine_goexited();

// Sets up guard-page detection of stack overflow for the calling worker thread.
void install_stack_guard(void* stack_lo, std::size_t stack_size);
void install_fatal_signal_handlers();

// Writes v in decimal to out (NUL-terminated, at most 21 bytes); safe in a signal handler.
void format_dec(char* out, uint64_t v);

// Writes the whole buffer to fd 2, retrying on EINTR; safe in a signal handler.
void write_stderr(const char* s, std::size_t n);
void write_stderr(const char* s);

// Netpoller (poll.cpp).
void netpoll_init();
// Blocks up to timeout_ns (-1: forever, 0: don't block); readies goroutines whose fds are
// ready. Returns how many goroutines it readied.
int netpoll(int64_t timeout_ns);
void netpoll_break();
int64_t netpoll_waiters();

}  // namespace gocxx::detail
