// Go's evaluation order and assignment rules in C++: operands are evaluated
// left to right (a call whose neighbour has effects is hoisted into a
// temporary), parallel assignment reads every right-hand side first, and
// integer arithmetic wraps.
package main

import "fmt"

var trace []string

func f(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	x := f("a", 1) + f("b", 2)*f("c", 3)
	a, b := 1, 2
	a, b = b, a
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	var u uint8 = 250
	u += 10
	var m int32 = -2147483648
	m = -m
	fmt.Println(x, trace, a, b, s, u, m)
}
