// Printf on complex64/complex128: every float verb, flags, width, Inf and NaN.
// Cases from Go 1.19's src/fmt/fmt_test.go (fmtTests); the expected
// output is the golden real Go wrote.
package main

import (
	"fmt"
	"math"
)

var (
	NaN    = math.NaN()
	posInf = math.Inf(1)
	negInf = math.Inf(-1)
)

var tests = []struct {
	fmt string
	val any
}{
	// complex values
	{"%.f", 0i},
	{"% .f", 0i},
	{"%+.f", 0i},
	{"% +.f", 0i},
	{"%+.3e", 0i},
	{"%+.3x", 0i},
	{"%+.3f", 0i},
	{"%+.3g", 0i},
	{"%+.3e", 1 + 2i},
	{"%+.3x", 1 + 2i},
	{"%+.3f", 1 + 2i},
	{"%+.3g", 1 + 2i},
	{"%.3e", 0i},
	{"%.3x", 0i},
	{"%.3f", 0i},
	{"%.3F", 0i},
	{"%.3F", complex64(0i)},
	{"%.3g", 0i},
	{"%.3e", 1 + 2i},
	{"%.3x", 1 + 2i},
	{"%.3f", 1 + 2i},
	{"%.3g", 1 + 2i},
	{"%.3e", -1 - 2i},
	{"%.3x", -1 - 2i},
	{"%.3f", -1 - 2i},
	{"%.3g", -1 - 2i},
	{"% .3E", -1 - 2i},
	{"% .3X", -1 - 2i},
	{"%+.3g", 1 + 2i},
	{"%+.3g", complex64(1 + 2i)},
	{"%#g", 1 + 2i},
	{"%#g", 123456 + 789012i},
	{"%#g", 1e-10i},
	{"%#g", -1e10 - 1.11e100i},
	{"%#.0f", 1.23 + 1.0i},
	{"%#.0e", 1.23 + 1.0i},
	{"%#.0x", 1.23 + 1.0i},
	{"%#.0g", 1.23 + 1.0i},
	{"%#.0g", 0 + 100000i},
	{"%#.0g", 1230000 + 0i},
	{"%#.4f", 1 + 1.23i},
	{"%#.4e", 123 + 1i},
	{"%#.4x", 123 + 1i},
	{"%#.4g", 123 + 1.23i},
	{"%#12.5g", 0 + 100000i},
	{"%#12.5g", 1230000 - 0i},
	{"%b", 1 + 2i},
	{"%b", complex64(1 + 2i)},
	// The sharp flag has no effect for binary complex format.
	{"%#b", 1 + 2i},
	// Precision has no effect for binary complex format.
	{"%.4b", 1 + 2i},
	{"%.4b", complex64(1 + 2i)},
	// complex infinites and NaNs
	{"%f", complex(posInf, posInf)},
	{"%f", complex(negInf, negInf)},
	{"%f", complex(NaN, NaN)},
	{"%.1f", complex(posInf, posInf)},
	{"% f", complex(posInf, posInf)},
	{"% f", complex(negInf, negInf)},
	{"% f", complex(NaN, NaN)},
	{"%8e", complex(posInf, posInf)},
	{"%8x", complex(posInf, posInf)},
	{"% 8E", complex(posInf, posInf)},
	{"% 8X", complex(posInf, posInf)},
	{"%+8f", complex(negInf, negInf)},
	{"% +8g", complex(negInf, negInf)},
	{"% -8G", complex(NaN, NaN)},
	{"%+-8b", complex(NaN, NaN)},
	// Zero padding does not apply to infinities and NaN.
	{"%08f", complex(posInf, posInf)},
	{"%-08g", complex(negInf, negInf)},
	{"%-08G", complex(NaN, NaN)},
	// complexes with %v
	{"%v", 1 + 2i},
	{"%v", complex64(1 + 2i)},
	// Complex numbers: exhaustively tested in TestComplexFormatting.
	{"%7.2f", 1 + 2i},
	{"%+07.2f", -1 - 2i},
	// Complex fmt used to leave the plus flag set for future entries in the array
	// causing +2+0i and +3+0i instead of 2+0i and 3+0i.
	{"%v", []complex64{1, 2, 3}},
	{"%v", []complex128{1, 2, 3}},
	// Padding for complex numbers. Has been bad, then fixed, then bad again.
	{"%+10.2f", +104.66 + 440.51i},
	{"%+10.2f", -104.66 + 440.51i},
	{"%+10.2f", +104.66 - 440.51i},
	{"%+10.2f", -104.66 - 440.51i},
	{"%+010.2f", +104.66 + 440.51i},
	{"%+010.2f", -104.66 + 440.51i},
	{"%+010.2f", +104.66 - 440.51i},
	{"%+010.2f", -104.66 - 440.51i},
}

func main() {
	for i, tt := range tests {
		fmt.Println(i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val)+"]")
	}
}
