// Closing a channel: receivers drain remaining values, then get the zero
// value with ok == false; range stops at close.
package main

import (
	"fmt"
	"sync"
)

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go producer(5, ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	b := make(chan string, 2)
	b <- "x"
	close(b)
	v, ok := <-b
	fmt.Printf("%q %v\n", v, ok)
	v, ok = <-b
	fmt.Printf("%q %v\n", v, ok)
	fmt.Printf("%q\n", <-b)
	// Closing broadcasts to every waiting receiver.
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			results[id] = fmt.Sprint("worker", id, " started")
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println(results)
	pc := make(chan *int)
	close(pc)
	p, ok := <-pc
	fmt.Println(p == nil, ok)
}
