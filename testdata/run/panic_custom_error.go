// Unrecovered panic with a custom error type (pointer receiver).
package main

import "fmt"

type ValidationError struct {
	Field string
	Min   int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("%s must be at least %d", e.Field, e.Min)
}

func check(age int) {
	if age < 18 {
		panic(&ValidationError{"age", 18})
	}
}

func main() {
	check(30)
	fmt.Println("30 ok")
	check(12)
}
