// gocxx extension (seed 000): `go { block }` means `go func() { block }()`.
// Real Go cannot compile this file; the golden comes from
// ext_go_block.go.ref, the same program written with func literals.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		i := i
		wg.Add(1)
		go {
			defer wg.Done()
			results[i] = i * i
		}
	}
	wg.Wait()
	fmt.Println(results)

	done := make(chan string)
	msg := "captured by reference"
	go {
		msg += "!"
		done <- msg
	}
	fmt.Println(<-done, msg)

	ch := make(chan int)
	go {
		for k := 1; k <= 3; k++ {
			ch <- k * 10
		}
		close(ch)
	}
	for v := range ch {
		fmt.Println("received", v)
	}

	// A panic inside the block is recovered by a defer inside the block.
	go {
		defer func() {
			done <- fmt.Sprint("recovered: ", recover())
		}()
		var m map[string]int
		m["x"] = 1
	}
	fmt.Println(<-done)
}
