// errors.Is, errors.As and errors.Unwrap with Is, As and Unwrap methods that
// block on a mutex or a buffered channel.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var target = errors.New("target")

type wrapper struct {
	mu    *sync.Mutex
	inner error
}

func (w wrapper) Error() string { return "wrapper(" + w.inner.Error() + ")" }
func (w wrapper) Unwrap() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.inner
}

type matcher struct{ c chan bool }

func (m matcher) Error() string { return "matcher" }
func (m matcher) Is(err error) bool {
	m.c <- err == target
	return <-m.c
}

type codeErr struct{ code int }

func (c *codeErr) Error() string { return fmt.Sprint("code ", c.code) }

type converter struct{ c chan int }

func (v converter) Error() string { return "converter" }
func (v converter) As(t any) bool {
	if p, ok := t.(**codeErr); ok {
		v.c <- 99
		*p = &codeErr{<-v.c}
		return true
	}
	return false
}

func main() {
	mu := &sync.Mutex{}
	w := wrapper{mu, wrapper{mu, target}}
	fmt.Println(errors.Is(w, target), errors.Unwrap(w), errors.Unwrap(errors.Unwrap(w)) == target)

	m := matcher{make(chan bool, 1)}
	fmt.Println(errors.Is(m, target), errors.Is(wrapper{mu, m}, target), errors.Is(m, errors.New("x")))

	var ce *codeErr
	v := converter{make(chan int, 1)}
	fmt.Println(errors.As(wrapper{mu, v}, &ce), ce)
	var ce2 *codeErr
	fmt.Println(errors.As(wrapper{mu, &codeErr{3}}, &ce2), ce2.code)
	fmt.Println(errors.As(m, &ce2))
	fmt.Printf("%v\n", fmt.Errorf("ctx: %w", w))
}
