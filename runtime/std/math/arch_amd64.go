package math

// The functions Go 1.19 implements in assembly on amd64. Floor, Ceil, Trunc and Sqrt are
// exact, so the runtime's (<cmath>) are bit-identical; Exp, Log and Hypot are Go ports of
// src/math/exp_amd64.s, log_amd64.s and hypot_amd64.s, so results match Go on amd64 bit for
// bit (Exp follows the FMA path when the CPU has AVX and FMA, as Go does).

const haveArchFloor = true

//gocxx:extern
func archFloor(x float64) float64

const haveArchCeil = true

//gocxx:extern
func archCeil(x float64) float64

const haveArchTrunc = true

//gocxx:extern
func archTrunc(x float64) float64

const haveArchSqrt = true

//gocxx:extern
func archSqrt(x float64) float64

// useFMA reports whether the CPU has AVX and FMA (Go's cpu.X86.HasAVX && cpu.X86.HasFMA).
var useFMA = cpuHasFMA()

//gocxx:extern
func cpuHasFMA() bool

const haveArchExp = true

// archExp is Go's exp_amd64.s: the method of Naoki Shibata, "Efficient evaluation methods
// of elementary functions suitable for SIMD computation" (ISC'10), from SLEEF.
func archExp(x float64) float64 {
	const (
		LOG2E    = 1.4426950408889634073599246810018920                  // 1/LN2
		LN2U     = 0.69314718055966295651160180568695068359375           // upper half LN2
		LN2L     = 0.28235290563031577122588448175013436025525412068e-12 // lower half LN2
		Overflow = 7.09782712893384e+02
		PosInf   = 0x7FF0000000000000
		NegInf   = 0xFFF0000000000000
		c0       = 0.5
		c8       = 1.0
		c16      = 2.0
		c24      = 1.6666666666666666667e-1
		c32      = 4.1666666666666666667e-2
		c40      = 8.3333333333333333333e-3
		c48      = 1.3888888888888888889e-3
		c56      = 1.9841269841269841270e-4
		c64      = 2.4801587301587301587e-5
	)
	b := Float64bits(x)
	if b&^(1<<63) >= PosInf { // not finite
		if b == NegInf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > Overflow {
		return Float64frombits(PosInf)
	}
	t := LOG2E * x
	// CVTSD2SL: round to nearest even; out of range gives the "integer indefinite" value.
	var e int32
	if r := RoundToEven(t); r >= -2147483648 && r < 2147483648 {
		e = int32(r)
	} else {
		e = -2147483648
	}
	k := float64(e)
	var y float64
	if useFMA {
		x = FMA(-k, LN2U, x)
		x = FMA(-k, LN2L, x)
		x *= 0.0625
		p := c64
		p = FMA(p, x, c56)
		p = FMA(p, x, c48)
		p = FMA(p, x, c40)
		p = FMA(p, x, c32)
		p = FMA(p, x, c24)
		p = FMA(p, x, c0)
		p = FMA(p, x, c8)
		x *= p
		x *= x + c16
		x *= x + c16
		x *= x + c16
		y = FMA(x+c16, x, c8)
	} else {
		x -= k * LN2U
		x -= k * LN2L
		x *= 0.0625
		p := c64 * x
		p += c56
		p *= x
		p += c48
		p *= x
		p += c40
		p *= x
		p += c32
		p *= x
		p += c24
		p *= x
		p += c0
		p *= x
		p += c8
		x *= p
		x *= x + c16
		x *= x + c16
		x *= x + c16
		x *= x + c16
		y = x + c8
	}
	// return y * 2**e
	e += 0x3FF // add bias
	if e <= 0 {
		if e < -52 {
			return 0
		}
		y *= Float64frombits(uint64(uint32(e+0x3FE)) << 52)
		e = 1
	} else if e >= 0x7FF {
		return Float64frombits(PosInf)
	}
	return y * Float64frombits(uint64(uint32(e))<<52)
}

const haveArchLog = true

// archLog is Go's log_amd64.s (the algorithm of log.go without its special-case order).
func archLog(x float64) float64 {
	const (
		HSqrt2 = 7.07106781186547524401e-01 // sqrt(2)/2
		Ln2Hi  = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
		Ln2Lo  = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
		L1     = 6.666666666666735130e-01   // 0x3FE5555555555593
		L2     = 3.999999999940941908e-01   // 0x3FD999999997FA04
		L3     = 2.857142874366239149e-01   // 0x3FD2492494229359
		L4     = 2.222219843214978396e-01   // 0x3FCC71C51D8E78AF
		L5     = 1.818357216161805012e-01   // 0x3FC7466496CB03DE
		L6     = 1.531383769920937332e-01   // 0x3FC39A09D078C69F
		L7     = 1.479819860511658591e-01   // 0x3FC2F112DF3E5244
		NaN    = 0x7FF8000000000001
		NegInf = 0xFFF0000000000000
		PosInf = 0x7FF0000000000000
	)
	b := Float64bits(x)
	switch {
	case b&^(1<<63) == 0:
		return Float64frombits(NegInf)
	case int64(b) < 0:
		return Float64frombits(NaN)
	case b >= PosInf:
		return x // +Inf or NaN
	}
	// f1, ki := math.Frexp(x); k := float64(ki)
	f1 := Float64frombits(b&0x000FFFFFFFFFFFFF | 0x3FE0000000000000)
	k := float64(int32(b>>52&0x7FF) - 0x3FE)
	// if f1 <= math.Sqrt2/2 { k -= 1; f1 *= 2 } (CMPSD "not less than")
	if !(HSqrt2 < f1) {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (((L7*s4+L5)*s4+L3)*s4 + L1)
	t2 := s4 * ((L6*s4+L4)*s4 + L2)
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*Ln2Hi - ((hfsq - (s*(hfsq+R) + k*Ln2Lo)) - f)
}

const haveArchHypot = true

// archHypot is Go's hypot_amd64.s.
func archHypot(p, q float64) float64 {
	const (
		PosInf = 0x7FF0000000000000
		NaN    = 0x7FF8000000000001
	)
	bp := Float64bits(p) &^ (1 << 63)
	bq := Float64bits(q) &^ (1 << 63)
	if bp >= PosInf || bq >= PosInf {
		if bp == PosInf || bq == PosInf {
			return Float64frombits(PosInf)
		}
		return Float64frombits(NaN)
	}
	if bp|bq == 0 {
		return 0
	}
	p, q = Float64frombits(bp), Float64frombits(bq)
	max, min := q, q
	if p > q {
		max = p
	}
	if q >= p {
		min = p
	}
	min /= max
	min *= min
	min += 1
	return max * Sqrt(min)
}
