// errorcheck

// Assignments to things that cannot be assigned to.

package main

type P struct{ X int }

const C = 1

func get() int { return 1 }

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	m := map[string]P{}
	m["a"].X = 1 // ERROR "cannot assign to struct field m\[.a.\].X in map"
	C = 2 // ERROR "cannot assign to C \(untyped int constant 1\)"
	get() = 3 // ERROR "cannot assign to get\(\) \(value of type int\)"
	_ = &get() // ERROR "invalid operation: cannot take address of get\(\) \(value of type int\)"
	len(s) = 1 // ERROR "cannot assign to len\(s\) \(value of type int\)"
	P{}.X = 1 // ERROR "cannot assign to P\{\}.X \(value of type int\)"
	for i := range "ab" {
		_ = i
	}
}
