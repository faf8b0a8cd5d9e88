// This file implements run_with_stack, which runs a function on a thread
// with a stack of a chosen size.
//
// Parsed trees may legitimately be thousands of levels deep (GOROOT's
// time/tzdata/zipdata.go concatenates 7,098 strings: a 7,098-level tree),
// and the recursive passes over them (checking, lowering, dumping) need more
// than the usual 8 MiB stack, especially in debug builds. Tools run their
// phases through run_with_stack instead of on the main thread. The stack is
// reserved, not committed: untouched pages cost nothing.

#ifndef GOCXX_BASE_STACK_H_
#define GOCXX_BASE_STACK_H_

#include <cstddef>
#include <functional>

namespace gocxx::base {

inline constexpr size_t kLargeStack = size_t{1} << 30;  // 1 GiB

// Runs fn on a new thread with a stack of stack_bytes and waits for it. If
// the thread cannot be created, runs fn on the calling thread instead.
void run_with_stack(size_t stack_bytes, const std::function<void()>& fn);

}  // namespace gocxx::base

#endif  // GOCXX_BASE_STACK_H_
