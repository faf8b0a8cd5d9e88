// This file declares the runtime's signal hooks (Go: runtime/sigqueue.go and signal_unix.go),
// used by package os/signal and by os.File's broken-pipe check.
//
// Without os/signal, signals act as in a Go program: SIGHUP, SIGINT and SIGTERM kill the
// process; SIGQUIT prints `SIGQUIT: quit` and the main goroutine's header and exits with
// status 2; SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM and the other "notify only" signals are caught
// and ignored (a write to a broken pipe then fails with EPIPE, except on fds 1 and 2, where
// os.File dies from SIGPIPE as Go's does). SIGPWR and SIGXCPU belong to the garbage
// collector (it stops threads with them) and are left alone.
#pragma once

#include <cstdint>

#include "gocxx/task.h"

namespace gocxx {

// Installs the default dispositions above; called once when the scheduler starts.
void install_signal_handlers();

// signal.Notify enabled `sig`: deliver it to signal_recv from now on.
void signal_enable(uint32_t sig);
// No channel wants `sig` any more: back to the program's default action.
void signal_disable(uint32_t sig);
// signal.Ignore: SIG_IGN (inherited by child processes, as in Go).
void signal_ignore(uint32_t sig);
bool signal_ignored(uint32_t sig);
// Blocks until an enabled signal arrives; returns its number. One goroutine (os/signal's
// loop) calls it. Waiting is an fd wait in the poller, so as in Go a program blocked with
// os/signal in use is not reported as deadlocked.
Task<uint32_t> signal_recv();
// Returns once every signal that arrived has been handed to signal_recv's caller and that
// caller has asked for the next one (signal.Stop uses it so no delivery is in flight).
Task<> signal_wait_until_idle();
// A write to fd 1 or 2 failed with EPIPE: die from SIGPIPE, as Go's os.File does.
[[noreturn]] void sigpipe();

}  // namespace gocxx
