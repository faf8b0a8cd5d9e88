// Channels of channels: a request carries its own reply channel.
package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a + r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 0; i < 3; i++ {
		r := request{i, i * 10, make(chan int)}
		reqs <- r
		fmt.Println(i, "+", i*10, "=", <-r.reply)
	}
	close(reqs)
	// Futures: start several computations, then wait in order.
	futures := make([]chan int, 5)
	for i := range futures {
		futures[i] = make(chan int, 1)
		go func(n int, out chan<- int) {
			s := 0
			for k := 1; k <= n*1000; k++ {
				s += k
			}
			out <- s
		}(i, futures[i])
	}
	for i, f := range futures {
		fmt.Println("future", i, <-f)
	}
	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "through two channels"
	fmt.Println(<-inner)
}
