// Benchmark sleepers: 100k goroutines each sleep 10-50 ms (a fixed function of the index) and
// the main goroutine waits for all. Twin: bench/cpp/sleepers.cpp.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const n = 100000

func sleeper(i int64, wg *sync.WaitGroup, total *int64) {
	ms := 10 + i*7919%41
	time.Sleep(time.Duration(ms) * time.Millisecond)
	atomic.AddInt64(total, ms)
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	var total int64
	wg.Add(n)
	for i := int64(0); i < n; i++ {
		go sleeper(i, &wg, &total)
	}
	wg.Wait()
	fmt.Printf("sleepers n=%d total_ms=%d\n", n, total)
}
