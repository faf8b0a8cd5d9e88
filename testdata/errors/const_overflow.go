// errorcheck

// Constants that do not fit their type: overflow and truncation.

package main

const Big = 1 << 100

func main() {
	var b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var n int = Big // ERROR "cannot use Big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var k int = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	x := byte(300) // ERROR "cannot convert 300 \(untyped int constant\) to type byte"
	var f32 float32 = 1e100 // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as float32 value in variable declaration \(overflows\)"
	var r rune = 'a' * 1e10 // ERROR "cannot use 'a' \* 1e10 \(untyped float constant 9.7e\+11\) as rune value in variable declaration \(truncated\)"
	_, _, _, _, _, _, _, _ = b, i8, u, n, k, x, f32, r
}
