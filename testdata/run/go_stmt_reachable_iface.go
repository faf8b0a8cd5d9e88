// A type whose blocking method is called through an interface, created only
// in functions that `go` statements start (a named function, a method and a
// function literal): the analysis must count those functions as reachable, or
// the method's interface thunk would be the non-blocking "unreachable" stub.
package main

import (
	"fmt"
	"io"
)

type chanReader struct{ c chan byte }

func (r *chanReader) Read(p []byte) (int, error) {
	b, ok := <-r.c
	if !ok {
		return 0, io.EOF
	}
	p[0] = b
	return 1, nil
}

func produce(c chan byte, done chan string) {
	b, _ := io.ReadAll(&chanReader{c})
	done <- "func: " + string(b)
}

type starter struct{}

func (starter) run(c chan byte, done chan string) {
	var r io.Reader = &chanReader{c}
	b, _ := io.ReadAll(r)
	done <- "method: " + string(b)
}

func feed(c chan byte, s string) {
	for i := 0; i < len(s); i++ {
		c <- s[i]
	}
	close(c)
}

func main() {
	done := make(chan string)
	c1, c2, c3 := make(chan byte), make(chan byte), make(chan byte)
	go produce(c1, done)
	feed(c1, "one")
	fmt.Println(<-done)
	go starter{}.run(c2, done)
	feed(c2, "two")
	fmt.Println(<-done)
	go func() {
		b, _ := io.ReadAll(&chanReader{c3})
		done <- "literal: " + string(b)
	}()
	feed(c3, "three")
	fmt.Println(<-done)
}
