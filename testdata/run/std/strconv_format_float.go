// strconv.FormatFloat and AppendFloat with formats 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'
// and precisions -1 (shortest round-trip), 0 and more, bit sizes 32 and 64, powers
// of two, huge and tiny exponents, -0, Inf, NaN, and FormatFloat's panic on a bad
// bit size. Inputs from Go 1.19's src/strconv/ftoa_test.go and more.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func fdiv(a, b float64) float64 { return a / b }

const (
	below1e23 = 99999999999999974834176
	above1e23 = 100000000000000008388608
)

var ftoatests = []struct {
	f    float64
	fmt  byte
	prec int
}{
	{1, 'e', 5},
	{1, 'f', 5},
	{1, 'g', 5},
	{1, 'g', -1},
	{1, 'x', -1},
	{1, 'x', 5},
	{20, 'g', -1},
	{20, 'x', -1},
	{1234567.8, 'g', -1},
	{1234567.8, 'x', -1},
	{200000, 'g', -1},
	{200000, 'x', -1},
	{200000, 'X', -1},
	{2000000, 'g', -1},
	{1e10, 'g', -1},
	// g conversion and zero suppression
	{400, 'g', 2},
	{40, 'g', 2},
	{4, 'g', 2},
	{.4, 'g', 2},
	{.04, 'g', 2},
	{.004, 'g', 2},
	{.0004, 'g', 2},
	{.00004, 'g', 2},
	{.000004, 'g', 2},
	{0, 'e', 5},
	{0, 'f', 5},
	{0, 'g', 5},
	{0, 'g', -1},
	{0, 'x', 5},
	{-1, 'e', 5},
	{-1, 'f', 5},
	{-1, 'g', 5},
	{-1, 'g', -1},
	{12, 'e', 5},
	{12, 'f', 5},
	{12, 'g', 5},
	{12, 'g', -1},
	{123456700, 'e', 5},
	{123456700, 'f', 5},
	{123456700, 'g', 5},
	{123456700, 'g', -1},
	{1.2345e6, 'e', 5},
	{1.2345e6, 'f', 5},
	{1.2345e6, 'g', 5},
	// Round to even
	{1.2345e6, 'e', 3},
	{1.2355e6, 'e', 3},
	{1.2345, 'f', 3},
	{1.2355, 'f', 3},
	{1234567890123456.5, 'e', 15},
	{1234567890123457.5, 'e', 15},
	{108678236358137.625, 'g', -1},
	{1e23, 'e', 17},
	{1e23, 'f', 17},
	{1e23, 'g', 17},
	{1e23, 'e', -1},
	{1e23, 'f', -1},
	{1e23, 'g', -1},
	{below1e23, 'e', 17},
	{below1e23, 'f', 17},
	{below1e23, 'g', 17},
	{below1e23, 'e', -1},
	{below1e23, 'f', -1},
	{below1e23, 'g', -1},
	{above1e23, 'e', 17},
	{above1e23, 'f', 17},
	{above1e23, 'g', 17},
	{above1e23, 'e', -1},
	{above1e23, 'f', -1},
	{above1e23, 'g', -1},
	{fdiv(5e-304, 1e20), 'g', -1},
	{fdiv(-5e-304, 1e20), 'g', -1},
	{32, 'g', -1},
	{32, 'g', 0},
	{100, 'x', -1},
	{100, 'y', -1},
	{math.NaN(), 'g', -1},
	{-math.NaN(), 'g', -1},
	{math.Inf(0), 'g', -1},
	{math.Inf(-1), 'g', -1},
	{-math.Inf(0), 'g', -1},
	{-1, 'b', -1},
	// fixed bugs
	{0.9, 'f', 1},
	{0.09, 'f', 1},
	{0.0999, 'f', 1},
	{0.05, 'f', 1},
	{0.05, 'f', 0},
	{0.5, 'f', 1},
	{0.5, 'f', 0},
	{1.5, 'f', 0},
	// https://www.exploringbinary.com/java-hangs-when-converting-2-2250738585072012e-308/
	{2.2250738585072012e-308, 'g', -1},
	// https://www.exploringbinary.com/php-hangs-on-numeric-value-2-2250738585072011e-308/
	{2.2250738585072011e-308, 'g', -1},
	// Issue 2625.
	{383260575764816448, 'f', 0},
	{383260575764816448, 'g', -1},
	// Issue 29491.
	{498484681984085570, 'f', -1},
	{-5.8339553793802237e+23, 'g', -1},
	// Issue 52187
	{123.45, '?', 0},
	{123.45, '?', 1},
	{123.45, '?', -1},
	// rounding
	{2.275555555555555, 'x', -1},
	{2.275555555555555, 'x', 0},
	{2.275555555555555, 'x', 2},
	{2.275555555555555, 'x', 16},
	{2.275555555555555, 'x', 21},
	{2.2755555510520935, 'x', -1},
	{2.2755555510520935, 'x', 6},
	{2.275555431842804, 'x', -1},
	{2.275555431842804, 'x', 6},
	{3.999969482421875, 'x', -1},
	{3.999969482421875, 'x', 4},
	{3.999969482421875, 'x', 3},
	{3.999969482421875, 'x', 2},
	{3.999969482421875, 'x', 1},
	{3.999969482421875, 'x', 0},
}

var values = []float64{
	0, 1, -1, 0.5, 0.1, 1.0 / 3, 2.0 / 3, 123456789, 1e21, 1e20, 1e-7, 1e-6, 1e-5, 12345.678,
	9.5, 10.5, 0.000123, 1.5e300, -2.5e-300, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64,
	math.MaxFloat32, math.SmallestNonzeroFloat32, math.Pi, math.E, 1 << 53, 1<<53 + 1, 0.3,
	100, 1e100, 123456789012345678, 0.9999999999999999, 999999.5, 9999995, 0.05, 0.15, 0.25,
}

func main() {
	for _, tt := range ftoatests {
		s := strconv.FormatFloat(tt.f, tt.fmt, tt.prec, 64)
		a := strconv.AppendFloat([]byte("abc"), tt.f, tt.fmt, tt.prec, 64)
		line := fmt.Sprintf("%b %c %d: %s %s", tt.f, tt.fmt, tt.prec, s, a)
		if float64(float32(tt.f)) == tt.f && tt.fmt != 'b' {
			line += " 32:" + strconv.FormatFloat(tt.f, tt.fmt, tt.prec, 32)
		}
		fmt.Println(line)
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 6, 10, 17, 20}
	neg0 := math.Copysign(0, -1)
	for _, v := range append(values, neg0, math.Inf(1), math.Inf(-1), math.NaN()) {
		for _, f := range fmts {
			line := fmt.Sprintf("%c", f)
			for _, p := range precs {
				line += " " + strconv.FormatFloat(v, f, p, 64)
			}
			fmt.Println(line)
			line = fmt.Sprintf("%c32", f)
			for _, p := range precs {
				line += " " + strconv.FormatFloat(float64(float32(v)), f, p, 32)
			}
			fmt.Println(line)
		}
	}
	for exp := -1080; exp <= 1030; exp += 37 {
		f := math.Ldexp(1, exp)
		f32 := float32(f)
		fmt.Println(exp, strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(float64(f32), 'e', -1, 32),
			strconv.FormatFloat(f, 'g', 5, 64))
	}
	for _, p := range []int{25, 40, 60} {
		fmt.Println(strconv.FormatFloat(0.1, 'f', p, 64), strconv.FormatFloat(1e23, 'e', p, 64))
	}
	fmt.Println(strconv.FormatFloat(1e23, 'f', -1, 64), strconv.FormatFloat(5e-324, 'f', -1, 64))
	fmt.Println(strconv.FormatComplex(1+2i, 'g', -1, 128), strconv.FormatComplex(3.14159+0.00123i, 'e', 3, 128),
		strconv.FormatComplex(1.2345678901234567+9.876543210987654i, 'f', -1, 64),
		strconv.FormatComplex(complex(math.Inf(1), math.NaN()), 'g', -1, 128))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatFloat(3.14, 'g', -1, 100))
}
