// This file implements the gocxx command line: `gocxx <command> [args]`,
// dispatching to one function per command, in the style of the go command.

#include <cstdio>
#include <string>
#include <vector>

#include "driver/driver.h"
#include "driver/process.h"

int main(int argc, char** argv) {
  using namespace gocxx::driver;
  // Before any thread starts: the signal thread must be the only one to
  // receive SIGINT/SIGTERM (process.h).
  install_signal_cleanup();
  if (argc < 2) {
    print_usage(stderr);
    return kExitUsage;
  }
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (cmd == "check") return cmd_check(args);
  if (cmd == "translate") return cmd_translate(args);
  if (cmd == "build") return cmd_build(args);
  if (cmd == "run") return cmd_run(args);
  if (cmd == "test") return cmd_test(args);
  if (cmd == "version") {
    std::printf("gocxx version %s (go1.19 language subset)\n", GOCXX_VERSION);
    return kExitOk;
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help") return cmd_help(args);
  std::fprintf(stderr, "gocxx %s: unknown command\nRun 'gocxx help' for usage.\n", cmd.c_str());
  return kExitUsage;
}
