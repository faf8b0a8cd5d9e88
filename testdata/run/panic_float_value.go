// Panics with values of builtin types; the unrecovered one is a float,
// which gc prints like the builtin print does: +1.500000e+000.
package main

import "fmt"

func show(v interface{}) {
	defer func() { fmt.Printf("%v %T\n", recover(), v) }()
	panic(v)
}

func main() {
	show(1)
	show("s")
	show(2.5)
	show(true)
	show([]int{1})
	panic(1.5)
}
