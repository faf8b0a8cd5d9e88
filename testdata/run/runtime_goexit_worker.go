// runtime.Goexit in a goroutine: deferred calls run (recover returns nil in
// them), the goroutine ends, the program goes on.
// gocxx:schedule-dependent: wg.Done runs among the goroutine's deferred calls, so with several
// workers main may start the next round (or exit) before the goroutine's remaining deferred
// prints; real Go shows the same interleavings when main is stolen by another P quickly.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func leaf(wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("leaf deferred")
	runtime.Goexit()
	fmt.Println("not reached")
}

func middle(wg *sync.WaitGroup) {
	defer fmt.Println("middle deferred")
	defer func() {
		r := recover()
		fmt.Println("recover during Goexit:", r)
	}()
	leaf(wg)
	fmt.Println("not reached either")
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go middle(&wg)
		wg.Wait()
	}
	fmt.Println("main done")
}
