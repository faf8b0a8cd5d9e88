// sync.WaitGroup waits for a set of goroutines; each writes its own slot.
package main

import (
	"fmt"
	"sync"
)

func square(id int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[id] = id * id
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go square(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(out)
	// Nested waitgroups and reuse.
	var outer sync.WaitGroup
	totals := make([]int, 3)
	for g := 0; g < 3; g++ {
		outer.Add(1)
		go func(g int) {
			defer outer.Done()
			var inner sync.WaitGroup
			parts := make([]int, 4)
			for k := 0; k < 4; k++ {
				inner.Add(1)
				go func(k int) {
					defer inner.Done()
					parts[k] = g*10 + k
				}(k)
			}
			inner.Wait()
			for _, p := range parts {
				totals[g] += p
			}
		}(g)
	}
	outer.Wait()
	fmt.Println(totals)
	wg.Add(2)
	go wg.Done()
	go wg.Done()
	wg.Wait()
	fmt.Println("reused")
}
