// sync.Mutex protects shared state updated by many goroutines.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc("total")
				if i%2 == 0 {
					c.Inc("even")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.Value("even"), c.m)
	var mu sync.Mutex
	balance := 0
	var rw sync.RWMutex
	reads := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg2.Add(2)
		go func(amount int) {
			defer wg2.Done()
			mu.Lock()
			balance += amount
			mu.Unlock()
		}(i)
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = balance
			rw.RUnlock()
			mu.Lock()
			reads++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("balance", balance, "reads", reads)
	fmt.Println("TryLock on free mutex:", mu.TryLock())
	fmt.Println("TryLock on held mutex:", mu.TryLock())
	mu.Unlock()
}
