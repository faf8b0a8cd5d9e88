// Integer division truncates toward zero; % has the sign of the dividend;
// MinInt / -1 overflows silently to MinInt (and % gives 0).
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var m64 int64 = math.MinInt64
	var neg64 int64 = -1
	fmt.Println("MinInt64 / -1 =", m64/neg64, "MinInt64 % -1 =", m64%neg64)
	var m32 int32 = math.MinInt32
	var neg32 int32 = -1
	fmt.Println("MinInt32 / -1 =", m32/neg32, "MinInt32 % -1 =", m32%neg32)
	var m8 int8 = math.MinInt8
	var neg8 int8 = -1
	fmt.Println("MinInt8 / -1 =", m8/neg8, "MinInt8 % -1 =", m8%neg8)
	var m16 int16 = math.MinInt16
	var neg16 int16 = -1
	fmt.Println("MinInt16 / -1 =", m16/neg16)
	// Unsigned division.
	var u uint8 = 250
	fmt.Println("uint8 250/7 =", u/7, "250%7 =", u%7)
	var big uint64 = math.MaxUint64
	fmt.Println("MaxUint64/3 =", big/3, "MaxUint64%10 =", big%10)
	// Division by a power of two must still round toward zero.
	for _, v := range []int{-9, -8, -1, 1, 8, 9} {
		fmt.Print(v/4, " ", v%4, " ", v>>2, "; ")
	}
	fmt.Println()
	// Constant division is exact on untyped constants, truncated on ints.
	const c = 7 / 2
	const f = 7 / 2.0
	fmt.Println(c, f)
}
