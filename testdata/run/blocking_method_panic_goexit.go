// runtime.Goexit runs a deferred call that panics with a Stringer whose
// String method blocks: Go prints the panic alone (the Goexit is not shown).
package main

import (
	"fmt"
	"runtime"
)

type ticket struct{ c chan int }

func (t ticket) String() string { return fmt.Sprint("ticket ", <-t.c) }

func main() {
	t := ticket{make(chan int, 1)}
	t.c <- 12
	defer func() { panic(t) }()
	runtime.Goexit()
}
