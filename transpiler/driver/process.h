// This file declares how gocxx runs the C++ compiler and cleans up after
// itself when it is interrupted: each command runs in a process group of its
// own, and SIGINT/SIGTERM/SIGHUP to gocxx kill those groups and remove the
// temporary directories before gocxx dies of the signal. Without this, a
// `kill -INT` of gocxx left cc1plus running and half-written files in the
// cache's tmp directory.

#ifndef GOCXX_DRIVER_PROCESS_H_
#define GOCXX_DRIVER_PROCESS_H_

#include <sys/types.h>

#include <string>

namespace gocxx::driver {

// Blocks the termination signals in every thread and starts the thread that
// receives them. Call first in main, before any other thread exists.
void install_signal_cleanup();

// Restores the signal mask a child process should start with (before exec).
void restore_signal_mask();

// A directory (or file) removed, recursively, when gocxx is killed by a
// signal. Register a path before creating it: registering waits while a
// signal's cleanup runs, so nothing is created after it.
void add_cleanup_dir(const std::string& dir);
void remove_cleanup_dir(const std::string& dir);

// Registers a path for the signal cleanup while it lives; with `remove`,
// also removes it when it goes out of scope.
class ScopedCleanup {
 public:
  explicit ScopedCleanup(std::string path, bool remove = false);
  ~ScopedCleanup();
  ScopedCleanup(const ScopedCleanup&) = delete;
  ScopedCleanup& operator=(const ScopedCleanup&) = delete;

 private:
  std::string path_;
  bool remove_;
};

// Starts `/bin/sh -c cmd` with stdout and stderr appended to `log` (or
// discarded when log is empty), in a new process group that a signal to
// gocxx kills. Returns the pid, or -1.
pid_t spawn_command(const std::string& cmd, const std::string& log);

// Waits for one spawned command; returns its pid and its status as wait()
// gives it, or -1 when none is left.
pid_t wait_command(int* status);

// Runs a command to completion, its output (stdout and stderr) in *output.
// Returns the wait() status, or -1 if it could not be started.
int run_command(const std::string& cmd, std::string* output);

// "exit status N" or "killed by signal SIG" for a failed command's status.
std::string describe_status(int status);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_PROCESS_H_
