// This file implements the program-argument storage of support.h and its fatal report.
#include "gocxx/support.h"

#include <cstdio>
#include <cstdlib>

namespace gocxx {

namespace {
int g_argc = 0;
char** g_argv = nullptr;
}  // namespace

void set_args(int argc, char** argv) {
  g_argc = argc;
  g_argv = argv;
}
int program_argc() { return g_argc; }
char** program_argv() { return g_argv; }

void unreachable_blocking_method(const char* method) {
  std::fprintf(
      stderr,
      "fatal error: gocxx: blocking method %s called through an interface that the analysis found "
      "non-blocking (a gocxx bug: please report it)\n",
      method);
  std::fflush(stderr);
  std::_Exit(2);
}

void unreachable_blocking_func(const char* func) {
  std::fprintf(stderr,
               "fatal error: gocxx: blocking function %s called through a func value that the "
               "analysis found "
               "non-blocking (a gocxx bug: please report it)\n",
               func);
  std::fflush(stderr);
  std::_Exit(2);
}

}  // namespace gocxx
