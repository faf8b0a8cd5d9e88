// errorcheck

// Misuse of := short variable declarations.

package main

func two() (int, int) { return 1, 2 }

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	a, b := two()
	a, b := two() // ERROR "no new variables on left side of :="
	c, d := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	e := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	p := &struct{ x int }{}
	p.x := 3 // ERROR "non-name p.x on left side of :="
	_, _, _, _ = a, b, c, d
	_ = e
}
