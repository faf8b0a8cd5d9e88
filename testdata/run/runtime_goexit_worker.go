// runtime.Goexit in a goroutine: deferred calls run (recover returns nil in
// them), the goroutine ends, the program goes on.
// wg.Done is the goroutine's first deferred call, so it runs last: main's next round
// starts only after every deferred print, whatever the number of workers.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func leaf() {
	defer fmt.Println("leaf deferred")
	runtime.Goexit()
	fmt.Println("not reached")
}

func middle(wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("middle deferred")
	defer func() {
		r := recover()
		fmt.Println("recover during Goexit:", r)
	}()
	leaf()
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
