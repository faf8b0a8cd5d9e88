// Untyped constants are exact: huge intermediates, exact fractions,
// default types when assigned to interfaces.
package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Third = 1.0 / 3
const Big = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Huge>>98, Huge/(1<<97))
	fmt.Println(Third*3 == 1, Third)
	fmt.Println(Big)
	var f32 float32 = Third
	fmt.Println(f32)
	fmt.Printf("%T %T %T %T %T\n", 1, 1.0, 'a', 1i, "s")
	fmt.Printf("%T %T\n", 1<<3, 2.0*3)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Println(math.MaxUint64/2, uint64(math.MaxUint64))
	const typed int8 = 100
	fmt.Println(typed+27, typed/3)
	var u uint8 = 255
	fmt.Println(u + 1 - 1)
	fmt.Println(7/2, 7.0/2, 7/2.0, -7/2)
	const pi2 = math.Pi * 2
	fmt.Println(pi2, float32(pi2))
	fmt.Println(len("hello"), len([3]int{}))
	const s = "con" + "cat"
	fmt.Println(s, s[1], len(s))
	var big = 1e15 + 0.3
	fmt.Println(big)
	fmt.Println(0x1p-2, 0b1010, 0o17, 017, 1_000_000, 0x_FF)
}
