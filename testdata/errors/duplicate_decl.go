// errorcheck

// Names declared twice in the same scope.

package main

var x int
var x string // ERROR "x redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T struct {
	A int
	A string // ERROR "A redeclared"
}

func (T) M() {}
func (T) M() {} // ERROR "T.M redeclared in this block"

func g(a int, a string) {} // ERROR "a redeclared in this block"

func main() {
	y := 1
	var y int // ERROR "y redeclared in this block"
	_ = y
}
