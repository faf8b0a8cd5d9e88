// This file implements package os/signal's externs (runtime/std/os/signal/*.go): Go's
// runtime hooks (runtime/sigqueue.go), here the runtime's signal queue (gocxx/signal.h).
#pragma once

#include "gocxx/signal.h"

namespace go::os::signal {

inline void signal_enable(uint32_t sig) { gocxx::signal_enable(sig); }
inline void signal_disable(uint32_t sig) { gocxx::signal_disable(sig); }
inline void signal_ignore(uint32_t sig) { gocxx::signal_ignore(sig); }
inline bool signal_ignored(uint32_t sig) { return gocxx::signal_ignored(sig); }
inline gocxx::Task<uint32_t> signal_recv() { return gocxx::signal_recv(); }
inline gocxx::Task<> signalWaitUntilIdle() { return gocxx::signal_wait_until_idle(); }

}  // namespace go::os::signal
