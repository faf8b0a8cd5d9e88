// This file implements the process facts the os and syscall packages read at start-up: the
// command-line arguments and the initial environment as Go []string values.
#pragma once

#include <unistd.h>

#include <cstring>

#include "gocxx/gocxx.h"
#include "gocxx/support.h"

extern char** environ;

namespace gocxx::stdx {

// A []string copy of a NULL-terminated C string vector (n < 0: count until NULL).
inline Slice<String> strings_of(char** v, int64_t n = -1) {
  if (v == nullptr) return {};
  if (n < 0) {
    n = 0;
    while (v[n] != nullptr) n++;
  }
  auto s = Slice<String>::make(n);
  for (int64_t i = 0; i < n; i++) s.ptr[i] = String::copy_of(v[i]);
  return s;
}

// os.Args: argv as set by main() (gocxx::set_args).
inline Slice<String> args_strings() { return strings_of(program_argv(), program_argc()); }

// syscall's envs: "key=value" strings of the environment the process started with.
inline Slice<String> environ_strings() { return strings_of(environ); }

}  // namespace gocxx::stdx
