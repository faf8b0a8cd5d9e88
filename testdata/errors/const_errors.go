// errorcheck

// Constant expressions that are invalid: division by zero, non-constant
// initializers, overflowing conversions, iota misuse.

package main

func main() {
	const a = 10 / 0 // ERROR "invalid operation: division by zero"
	const b = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	x := 5
	const c = x // ERROR "x \(variable of type int\) is not constant"
	const d = byte(256) // ERROR "cannot convert 256 \(untyped int constant\) to type byte"
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = iota // ERROR "cannot use iota outside constant declaration"
	const e int8 = 100 * 2 // ERROR "cannot use 100 \* 2 \(untyped int constant 200\) as int8 value in constant declaration \(overflows\)"
	const f = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"
}
