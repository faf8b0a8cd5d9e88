// Two nil receivers behind interface calls: `defer x.M()` with a nil
// interface x panics at the defer statement, and a value method called
// through an interface holding a nil *T panics with Go's panicwrap text.
// From Go's test/fixedbugs/issue15975.go and issue19040.go.
package main

import "fmt"

type Closer interface{ Close() }

type T int

func (t T) Close() {}

var reached bool

// A package variable: gc does not devirtualize the call (it would then
// report a plain nil dereference).
var c Closer = (*T)(nil)

func deferNil() {
	var x Closer
	defer x.Close()
	reached = true
}

func main() {
	func() {
		defer func() { fmt.Println("defer x.Close():", recover(), "reached:", reached) }()
		deferNil()
	}()
	defer func() {
		err := recover().(error)
		fmt.Println(err.Error())
	}()
	c.Close()
}
