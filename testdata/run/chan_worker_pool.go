// A worker pool: jobs on one channel, results on another, collected and
// sorted so the output does not depend on scheduling.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, value int
}

func worker(jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j, j * j * j}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	sum := 0
	for _, r := range all {
		fmt.Printf("%d^3=%d ", r.job, r.value)
		sum += r.value
	}
	fmt.Println()
	fmt.Println("results:", len(all), "sum:", sum)
}
