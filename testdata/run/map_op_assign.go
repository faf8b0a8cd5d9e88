// m[k] op= v on map elements, for every operator, and the entry is not
// created when computing the value panics. From Go's
// test/fixedbugs/issue22881.go.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 7}
	m["a"] += 3
	m["b"] -= 2
	m["a"] /= 2
	m["a"] %= 3
	m["a"] <<= 4
	m["c"] |= 5
	m["c"] &^= 1
	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	f := map[int]float64{1: 1.5}
	f[1] *= 2
	b := map[int]uint8{1: 250}
	b[1] += 10
	fmt.Println(m, s, f, b)
	defer func() { fmt.Println(recover(), len(m), m) }()
	z := 0
	m["d"] /= z
}
