// sync.Once runs its function exactly once, even when called from many
// goroutines; later callers wait for it to finish.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	loads  int
)

func loadConfig() {
	loads++
	config = map[string]string{"env": "test"}
	fmt.Println("loading config")
}

func get(key string) string {
	once.Do(loadConfig)
	return config[key]
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = get("env")
		}(i)
	}
	wg.Wait()
	fmt.Println(results, "loads:", loads)
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("first call only, i =", i) })
	}
	// A panicking Do still counts as done.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	p.Do(func() { fmt.Println("never runs") })
	fmt.Println("done")
}
