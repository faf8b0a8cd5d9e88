// The concurrent prime sieve of the Go tour and Go's doc/play/sieve.go, written anew: a chain
// of filter goroutines, one per prime found, each passing on numbers its prime does not
// divide. Prints the count and sum of the first N primes. Usage: primesieve N.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ch := make(chan int)
	go generate(ch)
	sum, last := 0, 0
	for i := 0; i < n; i++ {
		prime := <-ch
		sum += prime
		last = prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	fmt.Printf("primes=%d last=%d sum=%d\n", n, last, sum)
}
