// In a parallel assignment the index and pointer operands on the left are
// evaluated first, but the nil and bounds checks happen at each assignment,
// left to right: m[2], *p = 42, 2 sets m[2] before panicking.
// From Go's test/fixedbugs/issue23017.go.
package main

import "fmt"

type P struct{ i int }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover() != nil)
	}()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("*p", func() { m[1], *p = 42, 2 })
	s := []int{}
	try("s[1]", func() { m[2], s[1] = 2, 2 })
	var pp *P
	try("pp.i", func() { m[3], pp.i = 3, 2 })
	var pa *[2]int
	try("pa[0]", func() { m[4], pa[0] = 4, 1 })
	fmt.Println(len(m), m)
	x := []int{1, 2}
	q := &x[0]
	*q, x[1] = x[1], *q
	fmt.Println(x)
}
