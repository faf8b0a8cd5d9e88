// Float <-> integer conversions truncate toward zero; float32 rounding.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e10, -1e10 + 0.5} {
		fmt.Println(f, "->", int(f), int64(f), int32(int64(f)))
	}
	v1, v2 := 300.7, 3.99
	fmt.Println(uint8(int(v1)), uint(v2))
	big := 1<<62 + 1
	fmt.Println(float64(big), float32(big), int64(float64(big)))
	var i32 int32 = 16777217
	fmt.Println(float32(i32), float64(i32))
	d := 1.0 / 3
	f := float32(d)
	fmt.Println(d, f, float64(f))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	var x float64 = 7
	var y float64 = 2
	fmt.Println(x/y, math.Mod(x, y), math.Mod(-x, y), math.Remainder(x, y))
	fmt.Println(math.MaxInt64, float64(math.MaxInt64), uint64(float64(1<<63)))
	h := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += h
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1.0) < 1e-9)
	var f2 float32 = 0.1
	var s32 float32
	for i := 0; i < 10; i++ {
		s32 += f2
	}
	fmt.Println(s32)
	fmt.Println(int('a'), float64('a'), string(rune(int(v1/3))))
}
