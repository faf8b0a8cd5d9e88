// A panic in a goroutine other than main crashes the whole program; the
// main goroutine's deferred calls do not run.
package main

import (
	"fmt"
	"time"
)

func worker(done chan bool) {
	fmt.Println("worker starting")
	var m map[int]int
	m[0] = 1
	done <- true
}

func main() {
	defer fmt.Println("main deferred (never printed)")
	done := make(chan bool)
	go worker(done)
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	fmt.Println("not reached")
}
