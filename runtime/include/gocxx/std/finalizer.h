// This file declares runtime.SetFinalizer's machinery (runtime/src/std/finalizer.cpp): Boehm's
// finalization, on demand, drained by one finalizer goroutine as in Go.
//
//   gocxx::finalizer::set(obj, closure, async);  // closure: a Go func(*T) value's closure
//   gocxx::finalizer::collect();                 // runtime.GC
#pragma once

namespace gocxx::finalizer {

// Registers the Go func value `closure` (a func(*T) whose parameter is obj's type; `async`:
// it uses the coroutine convention) as obj's finalizer, or clears it when closure is null.
// obj must be the start of a collected allocation.
void set(void* obj, const void* closure, bool async);

// Runs a full collection, then wakes the finalizer goroutine if it found finalizable objects.
void collect();

}  // namespace gocxx::finalizer
