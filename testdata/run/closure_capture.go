// Closures capture variables by reference: later writes are visible and
// writes inside the closure are visible outside.
package main

import "fmt"

func main() {
	x := 1
	show := func() { fmt.Println("x =", x) }
	show()
	x = 2
	show()
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	// Two closures sharing one variable.
	get, set := func() int { return x }, func(v int) { x = v }
	set(100)
	fmt.Println(get(), x)
	// A closure capturing a parameter.
	adder := func(base int) func(int) int {
		return func(d int) int {
			base += d
			return base
		}
	}
	a := adder(10)
	fmt.Println(a(1), a(2), a(3))
	b := adder(0)
	fmt.Println(b(5), a(0))
	// Capturing a slice variable vs its elements.
	s := []int{1, 2, 3}
	f := func() int { return s[0] }
	s[0] = 9
	fmt.Println(f())
	s = []int{7}
	fmt.Println(f())
	// Immediately invoked.
	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)
	// Closures in a struct field.
	type Op struct {
		name string
		fn   func(int, int) int
	}
	ops := []Op{{"add", func(a, b int) int { return a + b }}, {"sub", func(a, b int) int { return a - b }}}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(10, 3))
	}
}
