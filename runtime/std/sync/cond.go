package sync

// Adapted from Go 1.19 src/sync/cond.go and src/sync/runtime.go.

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event. Each Cond has an associated Locker L (often a
// *Mutex or *RWMutex), which must be held when changing the condition and when calling the
// Wait method. A Cond must not be copied after first use.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify notifyList
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine. After later
// resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}

// notifyList is Go's runtime notifyList (src/runtime/sema.go): a ticket-based list of
// waiting goroutines. The zero value is an empty list.
//
//gocxx:cxxtype gocxx::NotifyList
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

// runtime_notifyListAdd takes a ticket: the caller then calls runtime_notifyListWait with it
// (after releasing its lock).
//
//gocxx:extern
func runtime_notifyListAdd(l *notifyList) uint32

// runtime_notifyListWait parks the goroutine (wait reason "sync.Cond.Wait") until ticket t
// has been notified; it returns at once if it already was.
//
//gocxx:extern blocking
func runtime_notifyListWait(l *notifyList, t uint32)

// runtime_notifyListNotifyAll notifies every ticket taken so far.
//
//gocxx:extern
func runtime_notifyListNotifyAll(l *notifyList)

// runtime_notifyListNotifyOne notifies the oldest ticket not yet notified.
//
//gocxx:extern
func runtime_notifyListNotifyOne(l *notifyList)
