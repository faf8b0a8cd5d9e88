// Package sync is a stub of sync for fuzzing the frontend (gocxx).
package sync

type Mutex struct {
	state int32
}

func (m *Mutex) Lock()   {}
func (m *Mutex) Unlock() {}

type RWMutex struct {
	w Mutex
}

func (rw *RWMutex) Lock()    {}
func (rw *RWMutex) Unlock()  {}
func (rw *RWMutex) RLock()   {}
func (rw *RWMutex) RUnlock() {}

type Locker interface {
	Lock()
	Unlock()
}

type WaitGroup struct {
	n int
}

func (wg *WaitGroup) Add(delta int) { wg.n += delta }
func (wg *WaitGroup) Done()         { wg.Add(-1) }
func (wg *WaitGroup) Wait()         {}

type Once struct {
	done bool
}

func (o *Once) Do(f func()) {
	if !o.done {
		o.done = true
		f()
	}
}
