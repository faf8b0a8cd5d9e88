// Buffered channels: FIFO order, len/cap, sends do not block until full.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	fmt.Println(len(ch))
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	// A producer can run ahead by the buffer size.
	jobs := make(chan string, 5)
	for _, j := range []string{"a", "b", "c"} {
		jobs <- j
	}
	close(jobs)
	fmt.Println("closed with", len(jobs), "pending")
	for j := range jobs {
		fmt.Print(j)
	}
	fmt.Println()
	// A buffered channel as a semaphore.
	sem := make(chan struct{}, 2)
	sem <- struct{}{}
	sem <- struct{}{}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired third (unexpected)")
	default:
		fmt.Println("semaphore full")
	}
	<-sem
	sem <- struct{}{}
	fmt.Println("reacquired", len(sem))
	var ro <-chan int = ch
	fmt.Println(cap(ro))
	type msg struct {
		id   int
		body string
	}
	mc := make(chan msg, 2)
	mc <- msg{1, "x"}
	m := <-mc
	fmt.Println(m.id, m.body)
}
