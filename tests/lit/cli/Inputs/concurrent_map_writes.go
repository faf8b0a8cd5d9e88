// Four goroutines write one map without a lock: Go reports it (best effort) as a fatal
// error instead of corrupting the table (tests/lit/cli/concurrent-map-writes.test).
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10000000; i++ {
				m[i%1000+g] = i
			}
		}(g)
	}
	wg.Wait()
	println(len(m))
}
