package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// A Pool is safe for use by multiple goroutines simultaneously.
// A Pool must not be copied after first use.
//
// (gocxx: a bounded stack guarded by a Mutex; objects beyond the bound are dropped, as
// Go may drop pooled objects at any time.)
type Pool struct {
	noCopy noCopy

	mu    Mutex
	items []any

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	// It may not be changed concurrently with calls to Get.
	New func() any
}

// poolMax bounds the number of idle objects a Pool keeps.
const poolMax = 256

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if len(p.items) < poolMax {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it to
// the caller. If Get would otherwise return nil and p.New is non-nil, Get returns the result
// of calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	var x any
	if n := len(p.items); n > 0 {
		x = p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
