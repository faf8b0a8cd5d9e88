// errorcheck

// Types used as values and values used as types.

package main

type T struct{}

func main() {
	x := 1
	var y x // ERROR "x \(variable of type int\) is not a type"
	_ = int // ERROR "int \(type\) is not an expression"
	_ = T // ERROR "T \(type\) is not an expression"
	var z []x // ERROR "x \(variable of type int\) is not a type"
	_ = 5.(int) // ERROR "invalid operation: cannot call non-function 5. \(untyped float constant 5\)"
	_ = []int{1}[0:1:] // ERROR "final index required in 3-index slice"
	_, _ = y, z
}
