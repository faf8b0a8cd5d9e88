// Method expressions I.M and method values through an embedded interface, of
// a method family with a blocking member: the func values are coroutines.
package main

import "fmt"

type R interface{ Read() int }

type C struct{ ch chan int }

func (c C) Read() int { return <-c.ch }

type K int

func (k K) Read() int { return int(k) }

func main() {
	f := R.Read
	c := C{make(chan int, 1)}
	c.ch <- 5
	fmt.Println(f(c), f(K(7)))
	g := (*C).Read
	c.ch <- 6
	fmt.Println(g(&c))
	var r R = c
	h := r.Read
	c.ch <- 8
	fmt.Println(h())
}
