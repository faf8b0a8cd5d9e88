// Benchmark select4: 4 producers each send 1M items on their own unbuffered channel; one
// consumer receives all 4M with a 4-way select. Twin: bench/cpp/select4.cpp.
package main

import "fmt"

const perProducer = 1000000

func produce(c chan<- int64, k int64) {
	for i := int64(0); i < perProducer; i++ {
		c <- i*4 + k
	}
}

func main() {
	c0, c1, c2, c3 := make(chan int64), make(chan int64), make(chan int64), make(chan int64)
	go produce(c0, 0)
	go produce(c1, 1)
	go produce(c2, 2)
	go produce(c3, 3)
	var sum, weighted int64
	var counts [4]int64
	for i := 0; i < 4*perProducer; i++ {
		var v, k int64
		select {
		case v = <-c0:
			k = 0
		case v = <-c1:
			k = 1
		case v = <-c2:
			k = 2
		case v = <-c3:
			k = 3
		}
		sum += v
		weighted += v % 4 * (k + 1)
		counts[k]++
	}
	fmt.Printf("select4 n=%d sum=%d weighted=%d counts=%d,%d,%d,%d\n", 4*perProducer, sum, weighted,
		counts[0], counts[1], counts[2], counts[3])
}
