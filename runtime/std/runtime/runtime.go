// Package runtime contains operations that interact with Go's runtime system (gocxx standard
// library subset: the gocxx runtime is C++, see runtime/README.md).
package runtime

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// GOARCH is the running program's architecture target.
const GOARCH string = "amd64"

// The Error interface identifies a run time error.
type Error interface {
	error

	// RuntimeError is a no-op function but
	// serves to distinguish types that are run time
	// errors from ordinary errors: a type is a
	// run time error if it has a RuntimeError method.
	RuntimeError()
}

// A TypeAssertionError explains a failed type assertion. It is the runtime's own type (the
// panic value of a failed x.(T)).
//
//gocxx:cxxtype gocxx::TypeAssertionError
type TypeAssertionError struct {
	_interface    uintptr
	concrete      uintptr
	asserted      uintptr
	missingMethod string
}

// RuntimeError marks *TypeAssertionError as a runtime.Error.
//
//gocxx:extern
func (*TypeAssertionError) RuntimeError()

// Error returns Go's text, e.g. "interface conversion: interface {} is string, not int".
//
//gocxx:extern
func (e *TypeAssertionError) Error() string

// Version returns the Go tree's version string that gocxx follows ("go1.19.8").
//
//gocxx:extern
func Version() string

// GOROOT returns $GOROOT, or the root used when gocxx was built.
//
//gocxx:extern
func GOROOT() string

// NumGoroutine returns the number of goroutines that currently exist.
//
//gocxx:extern
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
//
//gocxx:extern
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and
// returns the previous setting. If n < 1, it does not change the current setting.
// (gocxx: at most as many worker threads as were started with the program, GOMAXPROCS in
// the environment or the CPU count, run goroutines; a larger setting is reported as set.)
//
//gocxx:extern blocking
func GOMAXPROCS(n int) int

// Gosched yields the processor, allowing other goroutines to run.
//
//gocxx:extern blocking
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
//
//gocxx:extern
func Goexit()

// GC runs a garbage collection.
//
//gocxx:extern
func GC()

// KeepAlive marks its argument as currently reachable: the pointer it holds stays in a
// register or the stack, where the collector sees it, until the call.
//
//gocxx:extern
func KeepAlive(x any)

// SetFinalizer sets the finalizer associated with obj to the provided finalizer function
// (a func taking obj's type), or clears it when finalizer is nil. As in Go, finalizers run
// one at a time on a finalizer goroutine some time after obj becomes unreachable (gocxx's
// collector is conservative: an object a stale stack word still points at is kept).
//
//gocxx:extern
func SetFinalizer(obj any, finalizer any)

// LockOSThread wires the calling goroutine to its current operating system thread
// (gocxx: a no-op; goroutines may resume on another worker after blocking).
func LockOSThread() {}

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread() {}

// Caller reports file and line number information about function invocations on the
// calling goroutine's stack. The argument skip is the number of stack frames to ascend,
// with 0 identifying the caller of Caller. (gocxx: the frames are the calls to functions
// that reach Caller by static calls, which record their position; a call through a func
// value or an interface records none. pc identifies the record only: no FuncForPC.)
//
//gocxx:extern
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Stack formats a stack trace of the calling goroutine into buf and returns the number of
// bytes written to buf (gocxx: the goroutine header only; calling it outside the standard
// library is a build error).
//
//gocxx:unsupported "no stack traces at run time (coroutine frames have no call stack)"
//gocxx:extern
func Stack(buf []byte, all bool) int

// Breakpoint executes a breakpoint trap.
//
//gocxx:extern
func Breakpoint()

// NumCgoCall returns the number of cgo calls made by the current process (always 0).
func NumCgoCall() int64 { return 0 }

// MemProfileRate controls the fraction of memory allocations that are recorded and
// reported in the memory profile (unused by gocxx).
var MemProfileRate int = 512 * 1024

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics (gocxx: from the collector;
// fields it cannot know stay zero).
//
//gocxx:extern
func ReadMemStats(m *MemStats)
