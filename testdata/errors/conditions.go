// errorcheck

// Non-boolean conditions and void values used as values.

package main

func nothing() {}

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
	_ = x && true // ERROR "invalid operation: x && true \(mismatched types int and untyped bool\)"
	if nothing() { // ERROR "nothing\(\) \(no value\) used as value"
	}
	y := nothing() // ERROR "nothing\(\) \(no value\) used as value"
	_ = y
	s := "a"
	switch s {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to string"
	}
}
