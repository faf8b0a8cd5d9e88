package sync

import "sync/atomic"

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// A Pool is safe for use by multiple goroutines simultaneously.
// A Pool must not be copied after first use.
//
// (gocxx: like Go's, each worker (P) has a private slot that its goroutines use without
// synchronization, since a goroutine cannot move to another worker or be suspended
// between reading its worker index and using the slot. Behind the slots is a bounded
// shared stack guarded by a spin lock; objects beyond the bound are dropped, as Go may
// drop pooled objects at any time. The lock is a spin lock rather than a Mutex so that
// Get and Put never park: fmt's printers come from a Pool, and a parking Pool would make
// every print call a coroutine. Goroutines are never suspended while holding it, so a
// waiter spins only while the holder runs a few instructions on another thread.)
type Pool struct {
	noCopy noCopy

	local [poolSlots]poolLocal
	lock  int32
	items []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	// It may not be changed concurrently with calls to Get.
	New func() any
}

// poolLocal is one worker's slot, padded to a cache line so that workers using the same
// Pool do not share lines.
type poolLocal struct {
	private any
	_       [48]byte
}

// poolSlots is how many workers get a private slot; goroutines on workers beyond it use
// the shared stack only.
const poolSlots = 16

// poolMax bounds the number of idle objects the shared stack keeps.
const poolMax = 256

//gocxx:extern
func runtime_procID() int

func (p *Pool) acquire() {
	for !atomic.CompareAndSwapInt32(&p.lock, 0, 1) {
	}
}

func (p *Pool) release() { atomic.StoreInt32(&p.lock, 0) }

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	if id := runtime_procID(); id >= 0 && id < poolSlots && p.local[id].private == nil {
		p.local[id].private = x
		return
	}
	p.acquire()
	if len(p.items) < poolMax {
		p.items = append(p.items, x)
	}
	p.release()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to
// the caller. If Get would otherwise return nil and p.New is non-nil, Get returns the result
// of calling p.New.
func (p *Pool) Get() any {
	var x any
	if id := runtime_procID(); id >= 0 && id < poolSlots {
		x = p.local[id].private
		p.local[id].private = nil
	}
	if x == nil {
		p.acquire()
		if n := len(p.items); n > 0 {
			x = p.items[n-1]
			p.items[n-1] = nil
			p.items = p.items[:n-1]
		}
		p.release()
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
