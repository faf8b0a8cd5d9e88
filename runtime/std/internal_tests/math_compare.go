//go:build ignore

// compare: math math/cmplx
package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"math/rand"

	gm "gocxx/math"
	gc "gocxx/math/cmplx"
	"stdcheck/cmp"
)

func same(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || a != a && b != b
}

func main() {
	rnd := rand.New(rand.NewSource(7))
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, math.Pi, -math.Pi, math.Pi / 2, math.E, 1e-300, -1e-300,
		5e-324, -5e-324, 1e300, -1e300, math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 709.78, 709.79,
		-745.13, -745.14, -708.4, -708.39, 1e-8, 3, 10, 100, 0.7071067811865476, 0.7071067811865475, 1 << 52, 1<<53 + 1, 2.5, -2.5,
		1e15 + 0.5, 4503599627370497.5, 1e22, 1 << 62, 1<<31 - 0.5, -(1 << 31), 88.7, 0.1, 0.9999999999999999, 1.0000000000000002}
	xs := append([]float64{}, special...)
	for i := 0; i < 40000; i++ {
		switch i % 5 {
		case 0:
			xs = append(xs, math.Float64frombits(rnd.Uint64()))
		case 1:
			xs = append(xs, rnd.NormFloat64()*10)
		case 2:
			xs = append(xs, (rnd.Float64()-0.5)*1500)
		case 3:
			xs = append(xs, rnd.Float64()*4)
		case 4:
			xs = append(xs, float64(rnd.Intn(2000)-1000)/8)
		}
	}
	type f1 struct {
		name string
		g, w func(float64) float64
	}
	fns := []f1{
		{"Abs", gm.Abs, math.Abs}, {"Acos", gm.Acos, math.Acos}, {"Acosh", gm.Acosh, math.Acosh}, {"Asin", gm.Asin, math.Asin},
		{"Asinh", gm.Asinh, math.Asinh}, {"Atan", gm.Atan, math.Atan}, {"Atanh", gm.Atanh, math.Atanh}, {"Cbrt", gm.Cbrt, math.Cbrt},
		{"Ceil", gm.Ceil, math.Ceil}, {"Cos", gm.Cos, math.Cos}, {"Cosh", gm.Cosh, math.Cosh}, {"Erf", gm.Erf, math.Erf},
		{"Erfc", gm.Erfc, math.Erfc}, {"Erfinv", gm.Erfinv, math.Erfinv}, {"Erfcinv", gm.Erfcinv, math.Erfcinv}, {"Exp", gm.Exp, math.Exp},
		{"Exp2", gm.Exp2, math.Exp2}, {"Expm1", gm.Expm1, math.Expm1}, {"Floor", gm.Floor, math.Floor}, {"Gamma", gm.Gamma, math.Gamma},
		{"J0", gm.J0, math.J0}, {"J1", gm.J1, math.J1}, {"Log", gm.Log, math.Log}, {"Log10", gm.Log10, math.Log10},
		{"Log1p", gm.Log1p, math.Log1p}, {"Log2", gm.Log2, math.Log2}, {"Logb", gm.Logb, math.Logb}, {"Round", gm.Round, math.Round},
		{"RoundToEven", gm.RoundToEven, math.RoundToEven}, {"Sin", gm.Sin, math.Sin}, {"Sinh", gm.Sinh, math.Sinh},
		{"Sqrt", gm.Sqrt, math.Sqrt}, {"Tan", gm.Tan, math.Tan}, {"Tanh", gm.Tanh, math.Tanh}, {"Trunc", gm.Trunc, math.Trunc},
		{"Y0", gm.Y0, math.Y0}, {"Y1", gm.Y1, math.Y1},
	}
	for _, f := range fns {
		bad := 0
		for _, x := range xs {
			if g, w := f.g(x), f.w(x); !same(g, w) {
				bad++
				if bad <= 3 {
					cmp.Eq(fmt.Sprintf("%s(%v)", f.name, x), g, w)
				}
			}
		}
		cmp.Eq(f.name+" mismatches", bad, 0)
	}
	type f2 struct {
		name string
		g, w func(float64, float64) float64
	}
	fns2 := []f2{
		{"Atan2", gm.Atan2, math.Atan2}, {"Copysign", gm.Copysign, math.Copysign}, {"Dim", gm.Dim, math.Dim}, {"Hypot", gm.Hypot, math.Hypot},
		{"Max", gm.Max, math.Max}, {"Min", gm.Min, math.Min}, {"Mod", gm.Mod, math.Mod}, {"Nextafter", gm.Nextafter, math.Nextafter},
		{"Pow", gm.Pow, math.Pow}, {"Remainder", gm.Remainder, math.Remainder},
	}
	for _, f := range fns2 {
		bad := 0
		for i, x := range xs {
			ys := []float64{xs[(i*7+3)%len(xs)], special[i%len(special)], float64(i%9 - 4), 0.5}
			for _, y := range ys {
				if g, w := f.g(x, y), f.w(x, y); !same(g, w) {
					bad++
					if bad <= 3 {
						cmp.Eq(fmt.Sprintf("%s(%v,%v)", f.name, x, y), g, w)
					}
				}
			}
		}
		cmp.Eq(f.name+" mismatches", bad, 0)
	}
	bad := 0
	for i, x := range xs {
		y, z := xs[(i*3+1)%len(xs)], xs[(i*5+2)%len(xs)]
		if !same(gm.FMA(x, y, z), math.FMA(x, y, z)) {
			bad++
		}
		n := i%2100 - 1050
		if !same(gm.Ldexp(x, n), math.Ldexp(x, n)) || !same(gm.Pow10(n/3), math.Pow10(n/3)) || !same(gm.Jn(n%20, x), math.Jn(n%20, x)) || !same(gm.Yn(n%20, x), math.Yn(n%20, x)) {
			bad++
			if bad < 4 {
				cmp.Eq(fmt.Sprintf("Ldexp/Pow10/Jn/Yn(%v,%d)", x, n), []float64{gm.Ldexp(x, n), gm.Pow10(n / 3), gm.Jn(n%20, x), gm.Yn(n%20, x)}, []float64{math.Ldexp(x, n), math.Pow10(n / 3), math.Jn(n%20, x), math.Yn(n%20, x)})
			}
		}
		fr1, e1 := gm.Frexp(x)
		fr2, e2 := math.Frexp(x)
		i1, fa1 := gm.Modf(x)
		i2, fa2 := math.Modf(x)
		s1, c1 := gm.Sincos(x)
		s2, c2 := math.Sincos(x)
		l1, sg1 := gm.Lgamma(x)
		l2, sg2 := math.Lgamma(x)
		if !same(fr1, fr2) || e1 != e2 || !same(i1, i2) || !same(fa1, fa2) || !same(s1, s2) || !same(c1, c2) || !same(l1, l2) || sg1 != sg2 ||
			gm.Ilogb(x) != math.Ilogb(x) || gm.Signbit(x) != math.Signbit(x) || gm.IsNaN(x) != math.IsNaN(x) || gm.IsInf(x, 0) != math.IsInf(x, 0) ||
			gm.IsInf(x, -1) != math.IsInf(x, -1) || gm.Float32bits(float32(x)) != math.Float32bits(float32(x)) ||
			gm.Nextafter32(float32(x), float32(y)) != math.Nextafter32(float32(x), float32(y)) && x == x && y == y {
			bad++
			if bad < 4 {
				cmp.Eq(fmt.Sprintf("multi(%v)", x), []any{fr1, e1, i1, fa1, s1, c1, l1, sg1}, []any{fr2, e2, i2, fa2, s2, c2, l2, sg2})
			}
		}
	}
	cmp.Eq("misc mismatches", bad, 0)
	cmp.Eq("consts", []any{gm.Pi, gm.E, gm.Phi, gm.Sqrt2, gm.SqrtE, gm.SqrtPi, gm.SqrtPhi, gm.Ln2, gm.Log2E, gm.Ln10, gm.Log10E, gm.MaxFloat32, gm.SmallestNonzeroFloat32, gm.MaxFloat64, gm.SmallestNonzeroFloat64},
		[]any{math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64})
	cmp.Eq("int consts", []any{gm.MaxInt, gm.MinInt, gm.MaxInt8, gm.MinInt8, gm.MaxInt16, gm.MinInt16, gm.MaxInt32, gm.MinInt32, gm.MaxInt64, gm.MinInt64, uint64(gm.MaxUint), gm.MaxUint8, gm.MaxUint16, gm.MaxUint32, uint64(gm.MaxUint64)},
		[]any{math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64)})
	cmp.Eq("NaN/Inf", []uint64{gm.Float64bits(gm.NaN()), gm.Float64bits(gm.Inf(1)), gm.Float64bits(gm.Inf(-1))}, []uint64{math.Float64bits(math.NaN()), math.Float64bits(math.Inf(1)), math.Float64bits(math.Inf(-1))})
	// cmplx
	cbad := 0
	for i := 0; i+1 < len(xs); i += 2 {
		z := complex(xs[i], xs[i+1])
		if i%4 == 0 {
			z = complex(xs[i]/1e3, xs[i+1]/1e3)
		}
		type c1 struct {
			name string
			g, w func(complex128) complex128
		}
		for _, f := range []c1{{"Sqrt", gc.Sqrt, cmplx.Sqrt}, {"Exp", gc.Exp, cmplx.Exp}, {"Log", gc.Log, cmplx.Log}, {"Sin", gc.Sin, cmplx.Sin},
			{"Cos", gc.Cos, cmplx.Cos}, {"Tan", gc.Tan, cmplx.Tan}, {"Asin", gc.Asin, cmplx.Asin}, {"Acos", gc.Acos, cmplx.Acos},
			{"Atan", gc.Atan, cmplx.Atan}, {"Sinh", gc.Sinh, cmplx.Sinh}, {"Cosh", gc.Cosh, cmplx.Cosh}, {"Tanh", gc.Tanh, cmplx.Tanh},
			{"Asinh", gc.Asinh, cmplx.Asinh}, {"Acosh", gc.Acosh, cmplx.Acosh}, {"Atanh", gc.Atanh, cmplx.Atanh}, {"Conj", gc.Conj, cmplx.Conj},
			{"Log10", gc.Log10, cmplx.Log10}, {"Cot", gc.Cot, cmplx.Cot}, {"Pow", func(a complex128) complex128 { return gc.Pow(a, complex(0.5, 1)) }, func(a complex128) complex128 { return cmplx.Pow(a, complex(0.5, 1)) }}} {
			g, w := f.g(z), f.w(z)
			if !same(real(g), real(w)) || !same(imag(g), imag(w)) {
				cbad++
				if cbad < 4 {
					cmp.Eq(fmt.Sprintf("cmplx.%s(%v)", f.name, z), fmt.Sprint(g), fmt.Sprint(w))
				}
			}
		}
		r1, t1 := gc.Polar(z)
		r2, t2 := cmplx.Polar(z)
		if !same(r1, r2) || !same(t1, t2) || !same(gc.Abs(z), cmplx.Abs(z)) || gc.IsNaN(z) != cmplx.IsNaN(z) || gc.IsInf(z) != cmplx.IsInf(z) || gc.Rect(r1, t1) != cmplx.Rect(r1, t1) && !cmplx.IsNaN(cmplx.Rect(r1, t1)) {
			cbad++
		}
	}
	cmp.Eq("cmplx mismatches", cbad, 0)
	cmp.Done("math, math/cmplx")
}
