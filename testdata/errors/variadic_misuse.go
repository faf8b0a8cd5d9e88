// errorcheck

// Misuse of ... in calls and array literals.

package main

func sum(xs ...int) int { return 0 }
func fixed(a, b int) int { return 0 }

func main() {
	s := []int{1, 2}
	_ = sum(1, s...) // ERROR "too many arguments in call to sum"
	_ = fixed(s...) // ERROR "cannot use ... in call to non-variadic fixed"
	_ = sum(s) // ERROR "cannot use s \(variable of type \[\]int\) as type int in argument to sum"
	var a [...]int // ERROR "invalid use of \[...\] array \(outside a composite literal\)"
	_ = a
	strs := []string{"x"}
	_ = sum(strs...) // ERROR "cannot use strs \(variable of type \[\]string\) as type \[\]int in argument to sum"
	_ = append(s, 1, s...) // ERROR "too many arguments in call to append"
}
