// A Stringer whose String method blocks (a buffered channel receive) is
// panicked with after a recovered panic: Go prints the recovered value's text,
// " [recovered]", then the new panic's String text.
package main

import "fmt"

type label struct{ c chan string }

func (l label) String() string { return <-l.c }

type code int

func (c code) Error() string {
	done := make(chan int, 1)
	done <- int(c)
	return fmt.Sprint("code ", <-done)
}

func main() {
	l := label{make(chan string, 1)}
	l.c <- "label text"
	defer func() {
		panic(l)
	}()
	panic(code(7))
}
