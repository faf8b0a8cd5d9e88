// Method expressions I.M and method values through an embedded interface, of
// a method family with a blocking member: the func values are coroutines.
package main

import "fmt"

type R interface{ Read() int }

type C struct{ ch chan int }

func (c C) Read() int { return <-c.ch }

type Wrap struct{ R }

type Ptr struct{ *C }

func main() {
	c := C{make(chan int, 3)}
	w := Wrap{c}
	c.ch <- 1
	f := w.Read
	fmt.Println(f())
	g := Wrap.Read
	c.ch <- 2
	fmt.Println(g(w))
	go func() { c.ch <- 3 }()
	h := Ptr{&c}.Read
	fmt.Println(h())
	var r R = w
	go r.Read()
	fmt.Println("done")
}
