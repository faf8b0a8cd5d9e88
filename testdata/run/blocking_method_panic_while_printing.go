// The Error method of an unrecovered panic value blocks (a buffered channel
// receive) and then panics itself: Go reports a fatal error, exit 2.
package main

type brokenErr struct{ c chan string }

func (e brokenErr) Error() string { panic(<-e.c) }

func main() {
	e := brokenErr{make(chan string, 1)}
	e.c <- "inner failure"
	panic(e)
}
