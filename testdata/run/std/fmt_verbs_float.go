// Printf on floats: %e %E %f %F %g %G %x %X %b %v, #, flags, Inf and NaN.
// Cases from Go 1.19's src/fmt/fmt_test.go (fmtTests); the expected
// output is the golden real Go wrote.
package main

import (
	"fmt"
	"math"
	"strings"
)

var (
	NaN    = math.NaN()
	posInf = math.Inf(1)
	negInf = math.Inf(-1)
)

// zeroFill generates zero-filled strings of the specified width.
func zeroFill(prefix string, width int, suffix string) string {
	return prefix + strings.Repeat("0", width-len(suffix)) + suffix
}

var tests = []struct {
	fmt string
	val any
}{
	// floats
	{"%+.3e", 0.0},
	{"%+.3e", 1.0},
	{"%+.3x", 0.0},
	{"%+.3x", 1.0},
	{"%+.3f", -1.0},
	{"%+.3F", -1.0},
	{"%+.3F", float32(-1.0)},
	{"%+07.2f", 1.0},
	{"%+07.2f", -1.0},
	{"%-07.2f", 1.0},
	{"%-07.2f", -1.0},
	{"%+-07.2f", 1.0},
	{"%+-07.2f", -1.0},
	{"%-+07.2f", 1.0},
	{"%-+07.2f", -1.0},
	{"%+10.2f", +1.0},
	{"%+10.2f", -1.0},
	{"% .3E", -1.0},
	{"% .3e", 1.0},
	{"% .3X", -1.0},
	{"% .3x", 1.0},
	{"%+.3g", 0.0},
	{"%+.3g", 1.0},
	{"%+.3g", -1.0},
	{"% .3g", -1.0},
	{"% .3g", 1.0},
	{"%b", float32(1.0)},
	{"%b", 1.0},
	// Test sharp flag used with floats.
	{"%#g", 1e-323},
	{"%#g", -1.0},
	{"%#g", 1.1},
	{"%#g", 123456.0},
	{"%#g", 1234567.0},
	{"%#g", 1230000.0},
	{"%#g", 1000000.0},
	{"%#.0f", 1.0},
	{"%#.0e", 1.0},
	{"%#.0x", 1.0},
	{"%#.0g", 1.0},
	{"%#.0g", 1100000.0},
	{"%#.4f", 1.0},
	{"%#.4e", 1.0},
	{"%#.4x", 1.0},
	{"%#.4g", 1.0},
	{"%#.4g", 100000.0},
	{"%#.4g", 1.234},
	{"%#.4g", 0.1234},
	{"%#.4g", 1.23},
	{"%#.4g", 0.123},
	{"%#.4g", 1.2},
	{"%#.4g", 0.12},
	{"%#.4g", 10.2},
	{"%#.4g", 0.0},
	{"%#.4g", 0.012},
	{"%#.0f", 123.0},
	{"%#.0e", 123.0},
	{"%#.0x", 123.0},
	{"%#.0g", 123.0},
	{"%#.4f", 123.0},
	{"%#.4e", 123.0},
	{"%#.4x", 123.0},
	{"%#.4g", 123.0},
	{"%#.4g", 123000.0},
	{"%#9.4g", 1.0},
	// The sharp flag has no effect for binary float format.
	{"%#b", 1.0},
	// Precision has no effect for binary float format.
	{"%.4b", float32(1.0)},
	{"%.4b", -1.0},
	// Test correct f.intbuf boundary checks.
	{"%.68f", 1.0},
	{"%.68f", -1.0},
	// float infinites and NaNs
	{"%f", posInf},
	{"%.1f", negInf},
	{"% f", NaN},
	{"%20f", posInf},
	{"% 20F", posInf},
	{"% 20e", negInf},
	{"% 20x", negInf},
	{"%+20E", negInf},
	{"%+20X", negInf},
	{"% +20g", negInf},
	{"%+-20G", posInf},
	{"%20e", NaN},
	{"%20x", NaN},
	{"% +20E", NaN},
	{"% +20X", NaN},
	{"% -20g", NaN},
	{"%+-20G", NaN},
	// Zero padding does not apply to infinities and NaN.
	{"%+020e", posInf},
	{"%+020x", posInf},
	{"%-020f", negInf},
	{"%-020E", NaN},
	{"%-020X", NaN},
	// old test/fmt_test.go
	{"%e", 1.0},
	{"%e", 1234.5678e3},
	{"%e", 1234.5678e-8},
	{"%e", -7.0},
	{"%e", -1e-9},
	{"%f", 1234.5678e3},
	{"%f", 1234.5678e-8},
	{"%f", -7.0},
	{"%f", -1e-9},
	{"%g", 1234.5678e3},
	{"%g", float32(1234.5678e3)},
	{"%g", 1234.5678e-8},
	{"%g", -7.0},
	{"%g", -1e-9},
	{"%g", float32(-1e-9)},
	{"%E", 1.0},
	{"%E", 1234.5678e3},
	{"%E", 1234.5678e-8},
	{"%E", -7.0},
	{"%E", -1e-9},
	{"%G", 1234.5678e3},
	{"%G", float32(1234.5678e3)},
	{"%G", 1234.5678e-8},
	{"%G", -7.0},
	{"%G", -1e-9},
	{"%G", float32(-1e-9)},
	{"%20.5s", "qwertyuiop"},
	{"%.5s", "qwertyuiop"},
	{"%-20.5s", "qwertyuiop"},
	{"%20c", 'x'},
	{"%-20c", 'x'},
	{"%20.6e", 1.2345e3},
	{"%20.6e", 1.2345e-3},
	{"%20e", 1.2345e3},
	{"%20e", 1.2345e-3},
	{"%20.8e", 1.2345e3},
	{"%20f", 1.23456789e3},
	{"%20f", 1.23456789e-3},
	{"%20f", 12345678901.23456789},
	{"%-20f", 1.23456789e3},
	{"%20.8f", 1.23456789e3},
	{"%20.8f", 1.23456789e-3},
	{"%g", 1.23456789e3},
	{"%g", 1.23456789e-3},
	{"%g", 1.23456789e20},
	// floates with %v
	{"%v", 1.2345678},
	{"%v", float32(1.2345678)},
	// Whole number floats are printed without decimals. See Issue 27634.
	{"%#v", 1.0},
	{"%#v", 1000000.0},
	{"%#v", float32(1.0)},
	{"%#v", float32(1000000.0)},
	// Comparison of padding rules with C printf.
	{"%.2f", 1.0},
	{"%.2f", -1.0},
	{"% .2f", 1.0},
	{"% .2f", -1.0},
	{"%+.2f", 1.0},
	{"%+.2f", -1.0},
	{"%7.2f", 1.0},
	{"%7.2f", -1.0},
	{"% 7.2f", 1.0},
	{"% 7.2f", -1.0},
	{"%+7.2f", 1.0},
	{"%+7.2f", -1.0},
	{"% +7.2f", 1.0},
	{"% +7.2f", -1.0},
	{"%07.2f", 1.0},
	{"%07.2f", -1.0},
	{"% 07.2f", 1.0},
	{"% 07.2f", -1.0},
	{"%+07.2f", 1.0},
	{"%+07.2f", -1.0},
	{"% +07.2f", 1.0},
	{"% +07.2f", -1.0},
	// Use spaces instead of zero if padding to the right.
	{"%0-5s", "abc"},
	{"%-05.1f", 1.0},
	// float and complex formatting should not change the padding width
	// for other elements. See issue 14642.
	{"%06v", []any{+10.0, 10}},
	{"%06v", []any{-10.0, 10}},
	{"%06v", []any{+10.0 + 10i, 10}},
	{"%06v", []any{-10.0 + 10i, 10}},
	// integer formatting should not alter padding for other elements.
	{"%03.6v", []any{1, 2.0, "x"}},
	{"%03.0v", []any{0, 2.0, "x"}},
}

func main() {
	for i, tt := range tests {
		fmt.Println(i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val)+"]")
	}
}
