// go statements: the function and its arguments are evaluated by the caller
// (go worker(i, results) sees each i); a WaitGroup waits for them; sync
// calls that park (Wait) make main a coroutine.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	results <- fmt.Sprint("worker ", id)
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	close(results)
	n := 0
	for range results {
		n++
	}
	fmt.Println(n, "results")
}

// CHECK: gocxx::go(
// CHECK: co_await go::sync::WaitGroup_Wait(
