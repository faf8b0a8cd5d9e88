// Benchmark spawn: start 1M goroutines and wait for all of them with a WaitGroup.
// Twin: bench/cpp/spawn.cpp.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const n = 1000000

func main() {
	var wg sync.WaitGroup
	var sum int64
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int64) {
			atomic.AddInt64(&sum, i)
			wg.Done()
		}(int64(i))
	}
	wg.Wait()
	fmt.Printf("spawn n=%d sum=%d\n", n, sum)
}
