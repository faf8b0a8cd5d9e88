// Blocking Error and String methods reached through fmt after recover, and
// through %v / %s / Println of Stringers and errors.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type slowErr struct {
	mu  *sync.Mutex
	msg string
}

func (e slowErr) Error() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return "slow: " + e.msg
}

type point struct {
	x, y int
	c    chan int
}

func (p *point) String() string {
	p.c <- p.x
	return fmt.Sprintf("(%d,%d)", <-p.c, p.y)
}

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		if err, ok := r.(error); ok {
			fmt.Printf("Error(): %s\n", err.Error())
			fmt.Printf("%%v: %v\n", err)
		}
	}()
	f()
}

func main() {
	mu := &sync.Mutex{}
	e := slowErr{mu, "disk"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	var err error = e
	wrapped := fmt.Errorf("wrap: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)

	p := &point{1, 2, make(chan int, 1)}
	fmt.Println(p)
	fmt.Printf("%v %s %d\n", p, p, 3)
	fmt.Println([]fmt.Stringer{p, p})

	try(func() { panic(e) })
	try(func() {
		var s []int
		i := 5
		_ = s[i]
	})
	try(func() {
		var x any = "str"
		_ = x.(int)
	})
	try(func() {
		a, b := 1, 0
		_ = a / b
	})
	try(func() {
		var m map[string]int
		m["k"] = 1
	})
	try(func() {
		var p *point
		_ = p.x
	})
	try(func() { panic(errors.New("plain")) })
}
