// errorcheck

// Assignment count mismatches.

package main

func one() int          { return 1 }
func two() (int, error) { return 1, nil }
func none()             {}

func main() {
	var a, b int
	a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	a = 1, 2 // ERROR "assignment mismatch: 1 variable but 2 values"
	a, b = one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	a = two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	x := none() // ERROR "none\(\) \(no value\) used as value"
	var c, d = 1, 2, 3 // ERROR "extra init expr 3"
	_, _, _, _, _ = a, b, x, c, d
}
