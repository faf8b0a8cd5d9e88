// This file implements the program-argument storage of support.h.
#include "gocxx/support.h"

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

}  // namespace gocxx
