// Package atomic provides low-level atomic memory primitives useful for implementing
// synchronization algorithms (gocxx standard library subset: no unsafe.Pointer functions and
// no generic Pointer[T]).
package atomic

// The functions below are sequentially consistent atomic operations on the pointed-to
// word, as in Go (a nil pointer panics with Go's nil dereference error).

// SwapInt32 atomically stores new into *addr and returns the previous *addr value.
//
//gocxx:extern
func SwapInt32(addr *int32, new int32) (old int32)

// CompareAndSwapInt32 executes the compare-and-swap operation for a int32 value.
//
//gocxx:extern
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// AddInt32 atomically adds delta to *addr and returns the new value.
//
//gocxx:extern
func AddInt32(addr *int32, delta int32) (new int32)

// LoadInt32 atomically loads *addr.
//
//gocxx:extern
func LoadInt32(addr *int32) (val int32)

// StoreInt32 atomically stores val into *addr.
//
//gocxx:extern
func StoreInt32(addr *int32, val int32)

// SwapInt64 atomically stores new into *addr and returns the previous *addr value.
//
//gocxx:extern
func SwapInt64(addr *int64, new int64) (old int64)

// CompareAndSwapInt64 executes the compare-and-swap operation for a int64 value.
//
//gocxx:extern
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// AddInt64 atomically adds delta to *addr and returns the new value.
//
//gocxx:extern
func AddInt64(addr *int64, delta int64) (new int64)

// LoadInt64 atomically loads *addr.
//
//gocxx:extern
func LoadInt64(addr *int64) (val int64)

// StoreInt64 atomically stores val into *addr.
//
//gocxx:extern
func StoreInt64(addr *int64, val int64)

// SwapUint32 atomically stores new into *addr and returns the previous *addr value.
//
//gocxx:extern
func SwapUint32(addr *uint32, new uint32) (old uint32)

// CompareAndSwapUint32 executes the compare-and-swap operation for a uint32 value.
//
//gocxx:extern
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// AddUint32 atomically adds delta to *addr and returns the new value.
//
//gocxx:extern
func AddUint32(addr *uint32, delta uint32) (new uint32)

// LoadUint32 atomically loads *addr.
//
//gocxx:extern
func LoadUint32(addr *uint32) (val uint32)

// StoreUint32 atomically stores val into *addr.
//
//gocxx:extern
func StoreUint32(addr *uint32, val uint32)

// SwapUint64 atomically stores new into *addr and returns the previous *addr value.
//
//gocxx:extern
func SwapUint64(addr *uint64, new uint64) (old uint64)

// CompareAndSwapUint64 executes the compare-and-swap operation for a uint64 value.
//
//gocxx:extern
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// AddUint64 atomically adds delta to *addr and returns the new value.
//
//gocxx:extern
func AddUint64(addr *uint64, delta uint64) (new uint64)

// LoadUint64 atomically loads *addr.
//
//gocxx:extern
func LoadUint64(addr *uint64) (val uint64)

// StoreUint64 atomically stores val into *addr.
//
//gocxx:extern
func StoreUint64(addr *uint64, val uint64)

// SwapUintptr atomically stores new into *addr and returns the previous *addr value.
//
//gocxx:extern
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// CompareAndSwapUintptr executes the compare-and-swap operation for a uintptr value.
//
//gocxx:extern
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// AddUintptr atomically adds delta to *addr and returns the new value.
//
//gocxx:extern
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// LoadUintptr atomically loads *addr.
//
//gocxx:extern
func LoadUintptr(addr *uintptr) (val uintptr)

// StoreUintptr atomically stores val into *addr.
//
//gocxx:extern
func StoreUintptr(addr *uintptr, val uintptr)
