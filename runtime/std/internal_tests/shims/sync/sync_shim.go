//go:build ignore

package sync

// Bodies of sync's externs for std-compare, on Go's own sync package: each gocxx primitive
// is paired with a real one through a table keyed by its address.

import stdsync "sync"

var shimMu stdsync.Mutex
var shimM = map[any]any{}

func shimGet[T any](key any) *T {
	shimMu.Lock()
	defer shimMu.Unlock()
	v, ok := shimM[key]
	if !ok {
		v = new(T)
		shimM[key] = v
	}
	return v.(*T)
}

func (m *Mutex) Lock()         { shimGet[stdsync.Mutex](m).Lock() }
func (m *Mutex) TryLock() bool { return shimGet[stdsync.Mutex](m).TryLock() }
func (m *Mutex) Unlock()       { shimGet[stdsync.Mutex](m).Unlock() }

func (rw *RWMutex) RLock()          { shimGet[stdsync.RWMutex](rw).RLock() }
func (rw *RWMutex) TryRLock() bool  { return shimGet[stdsync.RWMutex](rw).TryRLock() }
func (rw *RWMutex) RUnlock()        { shimGet[stdsync.RWMutex](rw).RUnlock() }
func (rw *RWMutex) Lock()           { shimGet[stdsync.RWMutex](rw).Lock() }
func (rw *RWMutex) TryLock() bool   { return shimGet[stdsync.RWMutex](rw).TryLock() }
func (rw *RWMutex) Unlock()         { shimGet[stdsync.RWMutex](rw).Unlock() }
func (wg *WaitGroup) Add(delta int) { shimGet[stdsync.WaitGroup](wg).Add(delta) }
func (wg *WaitGroup) Wait()         { shimGet[stdsync.WaitGroup](wg).Wait() }
func (o *Once) Do(f func())         { shimGet[stdsync.Once](o).Do(f) }

// notifyList on a real mutex and per-ticket channels.
type shimNL struct {
	mu      stdsync.Mutex
	next    uint32
	notify  uint32
	waiters map[uint32]chan struct{}
}

func nl(l *notifyList) *shimNL {
	s := shimGet[shimNL](l)
	s.mu.Lock()
	if s.waiters == nil {
		s.waiters = map[uint32]chan struct{}{}
	}
	s.mu.Unlock()
	return s
}

func runtime_notifyListAdd(l *notifyList) uint32 {
	s := nl(l)
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.next
	s.next++
	s.waiters[t] = make(chan struct{})
	return t
}

func runtime_notifyListWait(l *notifyList, t uint32) {
	s := nl(l)
	s.mu.Lock()
	ch := s.waiters[t]
	s.mu.Unlock()
	<-ch
}

func runtime_notifyListNotifyAll(l *notifyList) {
	s := nl(l)
	s.mu.Lock()
	defer s.mu.Unlock()
	for ; s.notify < s.next; s.notify++ {
		close(s.waiters[s.notify])
		delete(s.waiters, s.notify)
	}
}

func runtime_notifyListNotifyOne(l *notifyList) {
	s := nl(l)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.notify < s.next {
		close(s.waiters[s.notify])
		delete(s.waiters, s.notify)
		s.notify++
	}
}

// runtime_procID: real Go has no worker index to offer; -1 sends every Pool operation to
// the shared stack, which the comparison then covers.
func runtime_procID() int { return -1 }
