package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

func main() {
	var wg sync.WaitGroup
	var plain int64
	var a atomic.Int64
	var u32 uint32
	var i32 atomic.Int32
	var b atomic.Bool
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&plain, 2)
				a.Add(1)
				atomic.AddUint32(&u32, 1)
				i32.Add(-1)
			}
			if i == 25 {
				b.Store(true)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&plain), a.Load(), atomic.LoadUint32(&u32), i32.Load(), b.Load())
	fmt.Println(a.CompareAndSwap(5000, 1), a.Load(), a.CompareAndSwap(5000, 2), a.Load())
	fmt.Println(a.Swap(42), a.Load())
	var x int32 = 10
	fmt.Println(atomic.CompareAndSwapInt32(&x, 10, 20), x, atomic.CompareAndSwapInt32(&x, 10, 30), x)
	fmt.Println(atomic.SwapInt32(&x, 7), atomic.LoadInt32(&x))
	atomic.StoreInt32(&x, -3)
	sum := atomic.AddInt32(&x, 5)
	fmt.Println(x, sum)
	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.AddUint64(&u64, 2))
	var up uintptr
	fmt.Println(atomic.AddUintptr(&up, 3), atomic.CompareAndSwapUintptr(&up, 3, 9), atomic.LoadUintptr(&up))
	var au atomic.Uint64
	au.Store(100)
	fmt.Println(au.Add(^uint64(0)), au.Load(), au.CompareAndSwap(99, 1), au.Swap(8))
	var au32 atomic.Uint32
	fmt.Println(au32.Add(4), au32.Load())
	fmt.Println(b.Swap(false), b.Load(), b.CompareAndSwap(false, true), b.Load())

	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(config{"a", 1})
	c := v.Load().(config)
	fmt.Println(c.name, c.n)
	fmt.Println(v.Swap(config{"b", 2}), v.Load())
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load(), v.CompareAndSwap(config{"x", 0}, config{"d", 4}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store("a string")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
	var v2 atomic.Value
	fmt.Println(v2.CompareAndSwap(nil, 5), v2.Load())
	// atomic.Value readers and a writer
	var cfg atomic.Value
	cfg.Store(map[string]int{"version": 0})
	var readers sync.WaitGroup
	var seen atomic.Int64
	for i := 0; i < 10; i++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			m := cfg.Load().(map[string]int)
			seen.Add(int64(len(m)))
		}()
	}
	cfg.Store(map[string]int{"version": 1})
	readers.Wait()
	fmt.Println(seen.Load(), cfg.Load().(map[string]int)["version"])

	// Mutex-guarded counter and Once.
	var mu sync.Mutex
	counter := 0
	var once sync.Once
	initCount := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { initCount++ })
			mu.Lock()
			counter++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(counter, initCount)
	once.Do(func() { initCount = 100 })
	fmt.Println(initCount)
	var once2 sync.Once
	func() {
		defer func() { fmt.Println("once panic:", recover()) }()
		once2.Do(func() { panic("in once") })
	}()
	ran := false
	once2.Do(func() { ran = true })
	fmt.Println("once after panic ran:", ran)
	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			if i%4 == 0 {
				rw.Lock()
				shared += i
				rw.Unlock()
			} else {
				rw.RLock()
				_ = shared
				rw.RUnlock()
			}
		}(i)
	}
	wg3.Wait()
	fmt.Println(shared, mu.TryLock(), mu.TryLock())
	mu.Unlock()
	func() {
		defer func() { fmt.Println("wg negative:", recover()) }()
		var w sync.WaitGroup
		w.Add(-1)
	}()
}
