// errorcheck

// Dereferencing non-pointers, pointer arithmetic, nil misuse.

package main

func main() {
	x := 5
	p := &x
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = p + 1 // ERROR "cannot convert 1 \(untyped int constant\) to \*int"
	_ = p[0] // ERROR "invalid operation: cannot index p \(variable of type \*int\)"
	y := nil // ERROR "use of untyped nil in assignment"
	_ = &5 // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	_, _ = y, n
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
}
