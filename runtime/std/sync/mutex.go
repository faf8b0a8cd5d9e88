// Package sync provides basic synchronization primitives such as mutual exclusion locks
// (gocxx standard library subset).
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
// A Mutex must not be copied after first use.
//
//gocxx:cxxtype gocxx::Mutex
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the
// mutex is available.
//
//gocxx:extern blocking
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
//
//gocxx:extern
func (m *Mutex) TryLock() bool

// Unlock unlocks m. It is a run-time error ("fatal error: sync: unlock of unlocked mutex")
// if m is not locked on entry to Unlock.
//
//gocxx:extern
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock. The zero value is an unlocked mutex.
// A RWMutex must not be copied after first use.
//
//gocxx:cxxtype gocxx::RWMutex
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// RLock locks rw for reading.
//
//gocxx:extern blocking
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded.
//
//gocxx:extern
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call ("fatal error: sync: RUnlock of unlocked RWMutex").
//
//gocxx:extern
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing.
//
//gocxx:extern blocking
func (rw *RWMutex) Lock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
//
//gocxx:extern
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing ("fatal error: sync: Unlock of unlocked RWMutex").
//
//gocxx:extern
func (rw *RWMutex) Unlock()

// RLocker returns a Locker interface that implements the Lock and Unlock methods by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

type rlocker struct {
	rw *RWMutex
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

// noCopy may be added to structs which must not be copied after first use (for go vet).
type noCopy struct{}

// Lock is a no-op used by -copylocks checker from `go vet`.
func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
