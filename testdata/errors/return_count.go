// errorcheck

// return statements with the wrong number of values.

package main

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func none() {
	return 5 // ERROR "too many return values"
}

func many() int {
	return 1, 2 // ERROR "too many return values"
}

func pair() (int, int) { return 1, 2 }

func fromCall() int {
	return pair() // ERROR "too many return values"
}

func named() (x, y int) {
	return // fine: bare return with named results
}

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	_, _, _ = a, b, c
}
