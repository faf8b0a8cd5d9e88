// errorcheck

// Calls with the wrong number or types of arguments, or of non-functions.

package main

func add(a, b int) int { return a + b }
func greet(name string) {}
func variadic(prefix string, xs ...int) {}

func main() {
	add(1) // ERROR "not enough arguments in call to add"
	add(1, 2, 3) // ERROR "too many arguments in call to add"
	greet(42) // ERROR "cannot use 42 \(untyped int constant\) as string value in argument to greet"
	x := 5
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	variadic() // ERROR "not enough arguments in call to variadic"
	variadic("p", "q") // ERROR "cannot use .q. \(untyped string constant\) as int value in argument to variadic"
	add(1, 2) // results may be discarded
	_ = greet("a") // ERROR "greet\(.a.\) \(no value\) used as value"
}
