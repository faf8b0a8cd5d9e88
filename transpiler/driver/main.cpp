// This file implements the gocxx command line: `gocxx <command> [args]`,
// dispatching to one function per command, in the style of the go command.

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "driver/driver.h"

namespace {

constexpr const char* kUsage =
    "gocxx compiles programs written in a subset of Go to C++20.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tgocxx <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\tcheck       parse and type-check packages, report errors\n"
    "\ttranslate   translate packages to C++ (-o OUT.cpp)\n"
    "\tbuild       compile packages and dependencies (-o BIN)\n"
    "\trun         compile and run a Go program\n"
    "\tversion     print gocxx version\n"
    "\thelp        print this help\n"
    "\n"
    "Arguments are .go files of package main, or one directory.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace gocxx::driver;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitUsage;
  }
  std::string cmd = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  if (cmd == "check") return cmd_check(args);
  if (cmd == "translate") return cmd_translate(args);
  if (cmd == "build") return cmd_build(args);
  if (cmd == "run") return cmd_run(args);
  if (cmd == "version") {
    std::printf("gocxx version %s (go1.19 language subset)\n", GOCXX_VERSION);
    return kExitOk;
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::fputs(kUsage, stdout);
    return kExitOk;
  }
  std::fprintf(stderr, "gocxx %s: unknown command\nRun 'gocxx help' for usage.\n", cmd.c_str());
  return kExitUsage;
}
