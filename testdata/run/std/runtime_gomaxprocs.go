// runtime.GOMAXPROCS returns the previous setting and applies the new one; goroutines keep
// running correctly whatever the setting.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// sum adds 1..n on `workers` goroutines.
func sum(workers, n int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s := 0
			for i := w + 1; i <= n; i += workers {
				s += i
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(w)
	}
	wg.Wait()
	return total
}

func main() {
	runtime.GOMAXPROCS(2)
	fmt.Println("previous:", runtime.GOMAXPROCS(1))
	fmt.Println("query:", runtime.GOMAXPROCS(0))
	fmt.Println("sum on 1:", sum(8, 100000))
	fmt.Println("previous:", runtime.GOMAXPROCS(3))
	fmt.Println("negative leaves it:", runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(0))
	fmt.Println("sum on 3:", sum(8, 100000))
	done := make(chan int)
	go func() {
		fmt.Println("previous from a goroutine:", runtime.GOMAXPROCS(1))
		done <- sum(4, 1000)
	}()
	fmt.Println("goroutine sum:", <-done)
	fmt.Println("previous:", runtime.GOMAXPROCS(64))
	fmt.Println("sum on 64:", sum(8, 100000), runtime.GOMAXPROCS(0))
}
