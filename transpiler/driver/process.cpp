// This file implements running commands and the cleanup on signals
// (process.h).
//
// The termination signals are blocked in every thread and received by one
// thread with sigwait: it may then take locks and remove files, which a
// signal handler could not do safely. Children unblock them before exec.

#include "driver/process.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

std::mutex mu;
std::set<pid_t> groups;      // process groups of running commands
std::set<std::string> dirs;  // temporary directories
sigset_t original_mask;
bool installed = false;

sigset_t termination_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) sigaddset(&set, sig);
  return set;
}

// Kills every running command, removes the temporary directories, and dies
// of `sig` as if gocxx had never caught it (the shell sees 128+sig).
[[noreturn]] void die_of(int sig) {
  std::lock_guard<std::mutex> lock(mu);
  for (pid_t g : groups) kill(-g, SIGKILL);
  for (pid_t g : groups) waitpid(g, nullptr, 0);
  std::error_code ec;
  for (const std::string& d : dirs) fs::remove_all(d, ec);
  signal(sig, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  raise(sig);
  _exit(128 + sig);
}

}  // namespace

void install_signal_cleanup() {
  sigset_t set = termination_signals();
  pthread_sigmask(SIG_BLOCK, &set, &original_mask);
  installed = true;
  std::thread([set] {
    int sig = 0;
    while (sigwait(&set, &sig) != 0) {
    }
    die_of(sig);
  }).detach();
}

void restore_signal_mask() {
  if (installed) pthread_sigmask(SIG_SETMASK, &original_mask, nullptr);
}

void add_cleanup_dir(const std::string& dir) {
  std::lock_guard<std::mutex> lock(mu);
  dirs.insert(dir);
}

void remove_cleanup_dir(const std::string& dir) {
  std::lock_guard<std::mutex> lock(mu);
  dirs.erase(dir);
}

ScopedCleanup::ScopedCleanup(std::string path, bool remove)
    : path_(std::move(path)), remove_(remove) {
  add_cleanup_dir(path_);
}

ScopedCleanup::~ScopedCleanup() {
  if (remove_) {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  remove_cleanup_dir(path_);
}

pid_t spawn_command(const std::string& cmd, const std::string& log) {
  // Registered under the lock, so that a signal cannot miss the new group.
  std::lock_guard<std::mutex> lock(mu);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    setpgid(0, 0);
    restore_signal_mask();
    int fd = log.empty() ? open("/dev/null", O_WRONLY)
                         : open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
    }
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  setpgid(pid, pid);  // also here: the group must exist before anyone kills it
  groups.insert(pid);
  return pid;
}

pid_t wait_command(int* status) {
  pid_t pid;
  do {
    pid = wait(status);
  } while (pid < 0 && errno == EINTR);
  if (pid > 0) {
    std::lock_guard<std::mutex> lock(mu);
    groups.erase(pid);
  }
  return pid;
}

int run_command(const std::string& cmd, std::string* output) {
  char path[] = "/tmp/gocxx-cmd-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return -1;
  close(fd);
  add_cleanup_dir(path);
  pid_t pid = spawn_command(cmd, path);
  int status = -1;
  if (pid > 0) {
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    std::lock_guard<std::mutex> lock(mu);
    groups.erase(pid);
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  *output += ss.str();
  unlink(path);
  remove_cleanup_dir(path);
  return status;
}

std::string describe_status(int status) {
  if (status == -1) return "could not be started";
  if (WIFSIGNALED(status)) return std::string("killed by signal ") + strsignal(WTERMSIG(status));
  if (WIFEXITED(status)) return "exit status " + std::to_string(WEXITSTATUS(status));
  return "status " + std::to_string(status);
}

}  // namespace gocxx::driver
