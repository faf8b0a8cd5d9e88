// Benchmark buffered: 20M items through a channel of capacity 128, one producer, one consumer.
// Twin: bench/cpp/buffered.cpp.
package main

import "fmt"

const n = 20000000

func produce(c chan<- int64) {
	for i := int64(0); i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	c := make(chan int64, 128)
	go produce(c)
	var sum, count int64
	for v := range c {
		sum += v
		count++
	}
	fmt.Printf("buffered n=%d sum=%d\n", count, sum)
}
