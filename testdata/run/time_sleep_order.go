// Goroutines sleeping different amounts wake in order of their deadlines
// (100 ms apart, far more than scheduling noise).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, d := range []int{300, 100, 400, 200} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, fmt.Sprint(ms, "ms"))
			mu.Unlock()
			fmt.Println("woke after", ms, "ms")
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	// Sleeping in main while a goroutine prints between events.
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("goroutine at 50ms")
		time.Sleep(100 * time.Millisecond)
		fmt.Println("goroutine at 150ms")
	}()
	fmt.Println("main at 0ms")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main at 100ms")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main at 200ms")
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("zero and negative sleeps return at once")
}
