package sync

// A WaitGroup waits for a collection of goroutines to finish.
// A WaitGroup must not be copied after first use.
//
//gocxx:cxxtype gocxx::WaitGroup
type WaitGroup struct {
	noCopy noCopy
	state1 uint64
	state2 uint32
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter goes
// negative, Add panics ("sync: negative WaitGroup counter").
//
//gocxx:extern
func (wg *WaitGroup) Add(delta int)

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
//
//gocxx:extern blocking
func (wg *WaitGroup) Wait()

// Once is an object that will perform exactly one action.
// A Once must not be copied after first use.
//
//gocxx:cxxtype gocxx::Once
type Once struct {
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for this
// instance of Once. If f panics, Do considers it to have returned.
//
//gocxx:extern blocking
func (o *Once) Do(f func())
