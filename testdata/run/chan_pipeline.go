// A pipeline of stages connected by channels; each stage preserves order.
package main

import (
	"fmt"
	"strings"
)

func generate(words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func upper(in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- strings.ToUpper(s)
		}
	}()
	return out
}

func exclaim(in <-chan string, n int) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for s := range in {
			out <- s + strings.Repeat("!", n)
		}
	}()
	return out
}

func counter(limit int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 2; i <= limit; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if v%prime != 0 {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	for s := range exclaim(upper(generate("go", "chan", "select")), 2) {
		fmt.Println(s)
	}
	// Concurrent prime sieve.
	ch := counter(60)
	var primes []int
	for {
		p, ok := <-ch
		if !ok {
			break
		}
		primes = append(primes, p)
		ch = filter(ch, p)
	}
	fmt.Println(primes)
}
