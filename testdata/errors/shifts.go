// errorcheck

// Invalid shift operations.

package main

func main() {
	f := 2.0
	s := "x"
	var n int = 1
	_ = 1 << f // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = s >> 1 // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	const c = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	var x int32 = 1 << 40 // ERROR "cannot use 1 << 40 \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	_ = n << 1.5 // ERROR "1.5 \(untyped float constant\) truncated to uint"
	_ = x
}
