// This file implements running a test binary for `gocxx test` (test_run.h).

#include "driver/test_run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>

#include "driver/process.h"

namespace gocxx::driver {

TestRun run_test_binary(const std::string& binary, const std::vector<std::string>& args,
                        const std::string& dir, bool stream) {
  TestRun r;
  int fds[2];
  if (pipe(fds) != 0) return r;
  std::vector<std::string> argv_s{binary};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    // The test binary's stdout and stderr are one stream, as go test merges them.
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    close(fds[0]);
    close(fds[1]);
    restore_signal_mask();
    if (chdir(dir.c_str()) != 0) _exit(127);
    execv(binary.c_str(), argv.data());
    std::perror("gocxx test: exec");
    _exit(127);
  }
  close(fds[1]);
  if (pid < 0) {
    close(fds[0]);
    return r;
  }
  char buf[4096];
  for (;;) {
    ssize_t n = read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    r.output.append(buf, size_t(n));
    if (stream) {
      std::fwrite(buf, 1, size_t(n), stdout);
      std::fflush(stdout);
    }
  }
  close(fds[0]);
  while (waitpid(pid, &r.status, 0) < 0 && errno == EINTR) {
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace gocxx::driver
