// Benchmark sieve: the classic concurrent prime sieve with 2000 filter goroutines; prints the
// 2000th prime. Twin: bench/cpp/sieve.cpp.
package main

import "fmt"

const nprimes = 2000

func generate(ch chan<- int64) {
	for i := int64(2); ; i++ {
		ch <- i
	}
}

func filter(in <-chan int64, out chan<- int64, prime int64) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int64)
	go generate(ch)
	var prime, sum int64
	for i := 0; i < nprimes; i++ {
		prime = <-ch
		sum += prime
		ch1 := make(chan int64)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Printf("sieve n=%d prime=%d sum=%d\n", nprimes, prime, sum)
}
