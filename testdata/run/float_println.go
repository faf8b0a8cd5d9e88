// Println/%v of float64 and float32 use the shortest representation,
// switching to exponent form for exponents < -4 or >= 21.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 1.0, 3.0/2, -2.5, 100.0)
	fmt.Println(1e20, 1e21, 123456789.0, 1e-4, 1e-5, 0.000123)
	fmt.Println(math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, float32(1)/3)
	fmt.Println(float32(16777216.0)+1, float32(1e20), float32(math.MaxFloat32))
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, 0.0, 1/negZero < 0)
	x := 2.0
	for i := 0; i < 5; i++ {
		x *= 1000
		fmt.Print(x, " ")
	}
	fmt.Println()
	y := 1.0
	for i := 0; i < 4; i++ {
		y /= 1000
		fmt.Print(y, " ")
	}
	fmt.Println()
	fmt.Println([]float64{1, 2.5, 1e100}, map[string]float32{"a": 0.5})
	fmt.Println(float64(1<<53), float64(1<<53+1), 1<<62)
	s := fmt.Sprint(3.0, 4.5)
	fmt.Println(s, len(s))
}
