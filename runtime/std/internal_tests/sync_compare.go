//go:build ignore

// compare: sync
package main

import (
	"fmt"
	"sort"
	"sync"

	gs "gocxx/sync"
	"stdcheck/cmp"
)

func main() {
	// Map: same operations on both, then compare contents.
	var gm gs.Map
	var wm sync.Map
	for i := 0; i < 200; i++ {
		k := i % 37
		switch i % 5 {
		case 0:
			gm.Store(k, i)
			wm.Store(k, i)
		case 1:
			a1, l1 := gm.LoadOrStore(k, -i)
			a2, l2 := wm.LoadOrStore(k, -i)
			cmp.Eq("LoadOrStore", []any{a1, l1}, []any{a2, l2})
		case 2:
			v1, ok1 := gm.Load(k)
			v2, ok2 := wm.Load(k)
			cmp.Eq("Load", []any{v1, ok1}, []any{v2, ok2})
		case 3:
			v1, ok1 := gm.LoadAndDelete(k)
			v2, ok2 := wm.LoadAndDelete(k)
			cmp.Eq("LoadAndDelete", []any{v1, ok1}, []any{v2, ok2})
		case 4:
			gm.Delete(k + 1)
			wm.Delete(k + 1)
		}
	}
	dump := func(r func(func(k, v any) bool)) []string {
		var out []string
		r(func(k, v any) bool { out = append(out, fmt.Sprint(k, "=", v)); return true })
		sort.Strings(out)
		return out
	}
	cmp.Eq("Map contents", dump(gm.Range), dump(wm.Range))
	cnt := 0
	gm.Range(func(k, v any) bool { cnt++; gm.Delete(k); return cnt < 3 })
	cmp.Eq("Range stop", cnt, 3)
	cmp.Eq("Map non-comparable key", cmp.Panics(func() { gm.Store([]int{1}, 1) }) != "", true)
	var zm gs.Map
	v, ok := zm.Load("x")
	cmp.Eq("zero Map", []any{v, ok}, []any{nil, false})

	// Pool.
	made := 0
	p := gs.Pool{New: func() any { made++; return made }}
	cmp.Eq("Pool New", p.Get(), 1)
	p.Put("a")
	p.Put(nil)
	cmp.Eq("Pool Get", p.Get(), "a")
	cmp.Eq("Pool New again", p.Get(), 2)
	var p2 gs.Pool
	cmp.Eq("Pool nil New", p2.Get(), nil)

	// Mutex, WaitGroup, Once, RWMutex with goroutines.
	var mu gs.Mutex
	var wg gs.WaitGroup
	total := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	cmp.Eq("Mutex+WaitGroup", total, 1225)
	var once gs.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	cmp.Eq("Once", calls, 1)
	var rw gs.RWMutex
	rl := rw.RLocker()
	rl.Lock()
	cmp.Eq("TryLock while read-locked", rw.TryLock(), false)
	cmp.Eq("TryRLock while read-locked", rw.TryRLock(), true)
	rw.RUnlock()
	rl.Unlock()
	cmp.Eq("TryLock free", rw.TryLock(), true)
	rw.Unlock()
	cmp.Eq("Mutex.TryLock", []bool{mu.TryLock(), mu.TryLock()}, []bool{true, false})
	mu.Unlock()
	var _ gs.Locker = &mu

	// Cond: Signal wakes waiters in FIFO order, Broadcast wakes all.
	var cmu gs.Mutex
	c := gs.NewCond(&cmu)
	order := make(chan int, 10)
	ready := 0
	for i := 0; i < 5; i++ {
		cmu.Lock()
		go func(i int) {
			cmu.Lock()
			ready++
			c.Wait()
			order <- i
			cmu.Unlock()
		}(i)
		// wait until goroutine i is waiting (it holds the lock until Wait releases it)
		cmu.Unlock()
		for {
			cmu.Lock()
			r := ready
			cmu.Unlock()
			if r == i+1 {
				break
			}
		}
		cmu.Lock()
		cmu.Unlock()
	}
	c.Signal()
	first := <-order
	c.Broadcast()
	rest := []int{<-order, <-order, <-order, <-order}
	sort.Ints(rest)
	cmp.Eq("Cond", []any{first, rest}, []any{0, []int{1, 2, 3, 4}})
	c.Signal() // no waiters: no effect
	cmp.Done("sync")
}
