// errorcheck

// Constant indices out of range, bad array lengths, non-integer indices.

package main

func main() {
	var a [3]int
	_ = a[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	n := 4
	_ = n
	var b [n]int // ERROR "invalid array length n"
	var c [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	_ = a[1.5] // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = a["x"] // ERROR "cannot convert .x. \(untyped string constant\) to int"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
	_, _ = b, c
}
