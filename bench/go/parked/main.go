// Benchmark parked: 200k goroutines, each blocked in a one-level function receiving from its own
// channel; reports RSS per parked goroutine on stderr, then releases them all.
// Twin: bench/cpp/parked.cpp.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

const n = 200000

// rssKB returns the resident set size from /proc/self/status.
func rssKB() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if bytes.HasPrefix(line, []byte("VmRSS:")) {
			f := bytes.Fields(line[6:])
			v, _ := strconv.ParseInt(string(f[0]), 10, 64)
			return v
		}
	}
	return 0
}

func wait(c chan int64) int64 {
	return <-c
}

func worker(c chan int64, started, finished *sync.WaitGroup, sum *int64) {
	started.Done()
	atomic.AddInt64(sum, wait(c))
	finished.Done()
}

func main() {
	before := rssKB()
	chans := make([]chan int64, n)
	var started, finished sync.WaitGroup
	var sum int64
	started.Add(n)
	finished.Add(n)
	for i := 0; i < n; i++ {
		chans[i] = make(chan int64)
		go worker(chans[i], &started, &finished, &sum)
	}
	started.Wait()
	parked := rssKB()
	fmt.Fprintf(os.Stderr, "metric parked_rss_kb=%d bytes_per_goroutine=%d\n", parked,
		(parked-before)*1024/n)
	for i := 0; i < n; i++ {
		chans[i] <- int64(i)
	}
	finished.Wait()
	fmt.Printf("parked n=%d sum=%d\n", n, sum)
}
