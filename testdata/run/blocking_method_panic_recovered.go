// A panic with an error whose Error method blocks is recovered and panicked
// again: Go prints the chain with " [recovered]".
package main

import "sync"

type guardedErr struct {
	mu  *sync.Mutex
	msg string
}

func (e guardedErr) Error() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.msg
}

func main() {
	e := guardedErr{&sync.Mutex{}, "guarded failure"}
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(e)
}
