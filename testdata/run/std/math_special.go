// Special float values: math.Inf, NaN, -0, the limits, denormals, printed by fmt
// (every float verb), strconv and the println builtin (stderr), plus what
// arithmetic, comparisons, conversions and math functions do with them.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	zero := 0.0
	posInf, negInf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	negZero := math.Copysign(0, -1)
	specials := []float64{posInf, negInf, nan, negZero, zero, 1 / zero, -1 / zero, zero / zero,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32,
		math.SmallestNonzeroFloat32, math.Nextafter(1, 2), math.Nextafter(0, -1)}
	for _, v := range specials {
		fmt.Printf("%v|%+v|%#v|%e|%E|%f|%F|%g|%G|%x|%X|%b|%8.2f|%-8v|%08.3e|% v\n",
			v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v)
		f32 := float32(v)
		fmt.Printf("  32: %v|%g|%e|%b|%x\n", f32, f32, f32, f32, f32)
		fmt.Println("  ", v, f32, strconv.FormatFloat(v, 'g', -1, 64), math.IsInf(v, 0), math.IsInf(v, 1),
			math.IsInf(v, -1), math.IsNaN(v), math.Signbit(v), v == v, v < 1, v > 1)
		println(v, f32)
	}
	println(complex(posInf, nan), complex(1.5, -2), complex64(complex(negZero, 3)))
	big := 1e300
	println(big*1e10, -1e-320, 100.0, 0.1, float32(0.1))
	fmt.Println(complex(posInf, nan), complex(negZero, negInf), complex64(complex(nan, 1)))
	fmt.Printf("%v %.2f %+.1e %g\n", complex(posInf, negInf), complex(nan, negZero), complex(1, nan), complex(negZero, negZero))

	// Bit patterns.
	fmt.Printf("%#x %#x %#x %#x\n", math.Float64bits(posInf), math.Float64bits(negInf), math.Float64bits(nan), math.Float64bits(negZero))
	fmt.Printf("%#x %#x %#x\n", math.Float32bits(float32(posInf)), math.Float32bits(float32(negZero)), math.Float32bits(math.MaxFloat32))
	fmt.Println(math.IsNaN(math.Float64frombits(0x7ff0000000000001)), math.IsNaN(float64(math.Float32frombits(0x7fc00000))))
	fmt.Println(math.Float64frombits(0x0000000000000001), math.Float32frombits(1), math.Float64frombits(0x7fefffffffffffff))

	// Arithmetic and functions on special values.
	fmt.Println(posInf+negInf, posInf*0, posInf-posInf, negZero+0, negZero*negZero, -negZero, 1/negZero, 1/posInf, -1/posInf)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Max(nan, 1), math.Min(negZero, 0), math.Max(negZero, 0), math.Mod(posInf, 1), math.Mod(5, 0), math.Abs(negInf))
	fmt.Println(math.Floor(negZero), math.Ceil(-0.5), math.Trunc(-0.9), math.Round(-2.5), math.RoundToEven(2.5), math.Round(nan))
	fmt.Println(math.Hypot(posInf, nan), math.Atan2(negZero, -1), math.Atan2(0, -1), math.Sin(posInf), math.Tanh(posInf))
	fmt.Println(math.Frexp(posInf))
	fmt.Println(math.Modf(negInf))
	fmt.Println(math.Ldexp(1, 1024), math.Ldexp(1, -1075), math.Ldexp(1, -1074), math.Gamma(-1), math.Gamma(171.7))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.MaxUint16, math.Pi)
	fmt.Println(float32(big*1e10) == float32(posInf), float32(-big), float32(1e-46), float32(math.SmallestNonzeroFloat32/2))
	fmt.Println(nan == nan, nan != nan, posInf == posInf, negZero == 0, math.Signbit(negZero*1), math.Signbit(zero*-1))
	m := map[float64]int{nan: 1}
	m[nan] = 2
	_, ok := m[nan]
	fmt.Println(len(m), ok)
	fmt.Printf("%5.1f|%-7.3g|%+.0f|%.0f|%.0f|%.0f|%.1f\n", 2.25, 1e-7, 0.5, 1.5, 2.5, -0.5, 0.05)
	fmt.Println(float32(16777217), float64(float32(0.1)), float32(1)/3, 1.0/3, float32(math.Pi), 100*1.1)
	for _, s := range []string{"inf", "+Inf", "-INF", "infinity", "nan", "NaN", "-nan", "1e400", "-1e400", "1e-400", "0x1p-1074", "-0"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, math.Signbit(f), err)
	}
}
