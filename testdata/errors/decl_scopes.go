// errorcheck

// Declarations that clash across scopes or through aliases, and where gc
// reports errors in them.

package main

import "fmt"

var _ = fmt.Sprint

var fmt = 1 // ERROR "fmt already declared through import of package fmt \(.fmt.\)"

type T struct{}

type A = T

func (T) m() {}
func (A) m() {} // ERROR "T.m redeclared in this block"

type D struct {
	x int
	x int // ERROR "x redeclared"
}

func (d D) get() int { return d.x } // the first x: no ambiguous selector

type b c // ERROR "invalid recursive type b"
type c b

const (
	ok = byte(iota + 254)
	bad
	bard // ERROR "cannot convert iota \+ 254 \(untyped int constant 256\) to type byte"
)

func main() {
	var s uint = 1
	var f float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	_ = f
}
