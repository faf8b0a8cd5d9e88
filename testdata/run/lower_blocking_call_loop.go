// Millions of calls of blocking functions (coroutines) from one loop: each
// call must hand control back by a tail call (symmetric transfer), or the
// worker's stack grows by a frame per call and overflows.
package main

import (
	"fmt"
	"sync"
)

var ch = make(chan int, 1)

// maybeSend may block (it sends on a channel), so it is a coroutine.
func maybeSend(i int) bool {
	if i < 0 {
		ch <- i
	}
	return i%3 == 0
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	const calls = 12000000
	n := 0
	for i := 0; i < calls; i++ {
		if maybeSend(i) {
			n++
		}
	}
	fmt.Println(n)
	var c counter
	for i := 0; i < calls; i++ {
		c.inc()
	}
	fmt.Println(c.n)
}
