// errorcheck

// Operators applied to operands of the wrong or mismatched types.

package main

func main() {
	i := 1
	s := "s"
	f := 1.5
	b := true
	var i64 int64 = 2
	_ = i + s // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = i + i64 // ERROR "invalid operation: i \+ i64 \(mismatched types int and int64\)"
	_ = i + f // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = -s // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = !i // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = s && b // ERROR "invalid operation: s && b \(mismatched types string and bool\)"
}
