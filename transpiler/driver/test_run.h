// This file declares how `gocxx test` runs a test binary: its stdout and
// stderr merged into one stream (as go test shows them), echoed as they come
// and/or kept, with the run's wall time.

#ifndef GOCXX_DRIVER_TEST_RUN_H_
#define GOCXX_DRIVER_TEST_RUN_H_

#include <string>
#include <vector>

namespace gocxx::driver {

struct TestRun {
  int status = -1;     // wait() status; -1 if it could not be started
  std::string output;  // merged stdout and stderr
  double seconds = 0;  // wall time
};

// Runs `binary` with `args` in directory `dir`; with `stream`, the output goes
// to stdout as it comes (and is kept too).
TestRun run_test_binary(const std::string& binary, const std::vector<std::string>& args,
                        const std::string& dir, bool stream);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_TEST_RUN_H_
