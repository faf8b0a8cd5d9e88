// math.Sqrt is the SQRTSD instruction (runtime/std/math/extern.h): its special cases as Go's,
// including a signed zero, and inside a loop that keeps other floats live across it.
package main

import (
	"fmt"
	"math"
)

func main() {
	negZero := math.Copysign(0, -1)
	for _, x := range []float64{4, 2, 0, negZero, -1, math.Inf(1), math.Inf(-1), math.NaN(), 1e-310, math.MaxFloat64} {
		r := math.Sqrt(x)
		fmt.Println(x, r, math.Signbit(r), math.Float64bits(r))
	}
	// Distances between points on a spiral: live values around every Sqrt.
	sum, prevX, prevY := 0.0, 0.0, 0.0
	for i := 1; i <= 1000; i++ {
		t := float64(i) * 0.01
		x, y := t*math.Cos(t), t*math.Sin(t)
		dx, dy := x-prevX, y-prevY
		sum += math.Sqrt(dx*dx + dy*dy)
		prevX, prevY = x, y
	}
	fmt.Printf("%.12f\n", sum)
}
