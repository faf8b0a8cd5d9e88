// This file implements package os's externs (runtime/std/os/proc.go, tempfile.go): the
// program's arguments and a cheap random number for temporary file names.
#pragma once

#include "gocxx/std/sysutil.h"

namespace go::os {

inline gocxx::Slice<gocxx::String> runtime_args() { return gocxx::stdx::args_strings(); }

inline void sigpipe() { gocxx::sigpipe(); }
inline uint32_t fastrand() { return uint32_t(gocxx::detail::cheap_rand()); }

}  // namespace go::os
