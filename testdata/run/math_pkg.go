// math package functions and constants commonly used.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Cbrt(27))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Hypot(3, 4))
	fmt.Println(math.Floor(1.7), math.Ceil(1.2), math.Trunc(-1.7), math.Round(1.5), math.Round(-0.5))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log10(1000))
	fmt.Println(math.Log2(8), math.Mod(10, 3), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.IsInf(math.Inf(-1), -1), math.Float64bits(-0.0) == 0)
	fmt.Printf("%.4f %.4f\n", math.Pi, math.Phi)
}
