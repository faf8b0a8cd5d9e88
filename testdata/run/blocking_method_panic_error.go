// An error whose Error method blocks (it locks a mutex and receives from a
// buffered channel) panics unrecovered: the report prints Error's text.
package main

import "sync"

type lockedErr struct {
	mu   sync.Mutex
	msgs chan string
}

func (e *lockedErr) Error() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return <-e.msgs
}

func main() {
	e := &lockedErr{msgs: make(chan string, 1)}
	e.msgs <- "locked failure"
	panic(e)
}
