// string(c) of an integer constant c is a constant string (c's UTF-8 text) in
// every statement form that evaluates a call directly: :=, =, return,
// package-level initialization, one-value definitions of imported constants.
package main

import (
	"fmt"
	"os"
)

const sep = '/'
const big = 0x10FFFF + 1

type name string

var pkgLevel = string(sep)

func ret() string { return string(sep) }

func retNamed() name { return name(0x4e16) }

func main() {
	a := string(sep)
	var b string
	b = string('x')
	c := string(os.PathSeparator)
	d := string(big)
	e := name(65)
	f, g := string(rune(sep)), string(sep)
	fmt.Printf("%q %q %q %q %q %q %q\n", a, b, c, d, e, f, g)
	fmt.Printf("%q %q %q\n", pkgLevel, ret(), retNamed())
}
