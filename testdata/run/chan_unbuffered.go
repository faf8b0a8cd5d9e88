// Unbuffered channels synchronise sender and receiver: ping-pong between
// two goroutines gives a fixed interleaving.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			fmt.Println("  pong got", v)
			pong <- v + 1
		}
		close(done)
	}()
	v := 0
	for i := 0; i < 4; i++ {
		ping <- v
		v = <-pong
		fmt.Println("ping got", v)
	}
	close(ping)
	<-done
	// A send completes only when received.
	ch := make(chan string)
	go func() {
		ch <- "hello"
		ch <- "world"
		close(ch)
	}()
	fmt.Println(<-ch, <-ch)
	s, ok := <-ch
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(len(ch), cap(ch))
}
