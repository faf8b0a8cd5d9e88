package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() > 0)
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler == "gc" || runtime.Compiler != "")
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	wg.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
	// Gosched lets other goroutines run on a single P.
	prev := runtime.GOMAXPROCS(1)
	fmt.Println(prev >= 1, runtime.GOMAXPROCS(0))
	done := make(chan bool)
	order := []string{}
	var mu sync.Mutex
	go func() {
		mu.Lock()
		order = append(order, "goroutine")
		mu.Unlock()
		done <- true
	}()
	<-done
	mu.Lock()
	order = append(order, "main")
	mu.Unlock()
	fmt.Println(order)
	runtime.GOMAXPROCS(prev)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.GC()
	fmt.Println(ms.NumGC >= 0)
	var err error
	func() {
		defer func() {
			r := recover()
			err, _ = r.(runtime.Error)
		}()
		var a []int
		_ = a[3]
	}()
	fmt.Println(err)
	func() {
		defer func() {
			r := recover()
			err, _ = r.(runtime.Error)
		}()
		var i interface{} = "s"
		_ = i.(int)
	}()
	fmt.Println(err)
	func() {
		defer func() {
			r := recover()
			err, _ = r.(runtime.Error)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(err)
	func() {
		defer func() {
			r := recover()
			err, _ = r.(runtime.Error)
		}()
		z := 0
		fmt.Println(1 / z)
	}()
	fmt.Println(err)
}
