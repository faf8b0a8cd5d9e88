// The Error method of an unrecovered panic value waits for another goroutine
// (an unbuffered receive whose sender sleeps first): Go runs it to completion
// before printing the report.
package main

import "time"

type lateErr struct{ c chan string }

func (e lateErr) Error() string { return "late: " + <-e.c }

func main() {
	e := lateErr{make(chan string)}
	go func() {
		time.Sleep(20 * time.Millisecond)
		e.c <- "arrived"
	}()
	panic(e)
}
