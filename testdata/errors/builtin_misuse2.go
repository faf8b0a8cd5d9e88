// errorcheck

// More builtin misuse: copy, append, delete, complex, and builtins used
// as values.

package main

func main() {
	s := []int{1}
	b := []byte("x")
	m := map[string]int{}
	copy(s, b) // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and b \(variable of type \[\]byte\) have different element types int and byte"
	copy(s, 1) // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and 1 \(untyped int constant\)"
	_ = append(s, "x") // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to append"
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	f := len // ERROR "len \(built-in\) must be called"
	_ = complex(1, "2") // ERROR "invalid operation: complex\(1, .2.\) \(mismatched types untyped float and untyped string\)"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = f
}
