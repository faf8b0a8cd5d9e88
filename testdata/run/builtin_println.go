// The builtin print and println write to stderr in gc's own formats:
// floats as +d.dddddde+ddd, complex as (re+im i), bools and strings plain,
// nil as 0x0; println separates operands with spaces, print does not.
package main

import "fmt"

type MyInt int

func main() {
	fmt.Println("stdout line 1")
	println("hello", 42, -7, true, false)
	println(1.5, -0.25, 1e100, 3.0)
	println(float32(0.1), 0.0)
	var z float64
	println(1/z, -1/z, z/z)
	println(complex(1, -2))
	println(uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	print("no", "spaces", 1, 2, "\n")
	print(1.0, "\n")
	println()
	println(MyInt(3), 'a', byte('b'))
	var p *int
	var e error
	var s []int
	var m map[int]int
	println(p == nil, e == nil, s == nil, m == nil)
	println(p, e) // nil pointer and nil interface: 0x0 (0x0,0x0)
	println("multi\nline")
	fmt.Println("stdout line 2")
	println(1e-7, 123456789.0, -0.0)
}
