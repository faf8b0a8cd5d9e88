// Benchmark pingpong: 1M round trips between two goroutines over two unbuffered channels.
// Twin: bench/cpp/pingpong.cpp.
package main

import "fmt"

const n = 1000000

func pinger(ping chan<- int64, pong <-chan int64, done chan<- int64) {
	var sum int64
	for i := int64(0); i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	done <- sum
}

func ponger(ping <-chan int64, pong chan<- int64) {
	for v := range ping {
		pong <- v + 1
	}
}

func main() {
	ping := make(chan int64)
	pong := make(chan int64)
	done := make(chan int64)
	go ponger(ping, pong)
	go pinger(ping, pong, done)
	sum := <-done
	fmt.Printf("pingpong n=%d sum=%d\n", n, sum)
}
