// Printf on integers: %d %b %o %O %x %X, sizes, flags, width, precision.
// Cases from Go 1.19's src/fmt/fmt_test.go (fmtTests); the expected
// output is the golden real Go wrote.
package main

import (
	"fmt"
	"strings"
)

// zeroFill generates zero-filled strings of the specified width.
func zeroFill(prefix string, width int, suffix string) string {
	return prefix + strings.Repeat("0", width-len(suffix)) + suffix
}

var tests = []struct {
	fmt string
	val any
}{
	// integers
	{"%d", uint(12345)},
	{"%d", int(-12345)},
	{"%d", ^uint8(0)},
	{"%d", ^uint16(0)},
	{"%d", ^uint32(0)},
	{"%d", ^uint64(0)},
	{"%d", int8(-1 << 7)},
	{"%d", int16(-1 << 15)},
	{"%d", int32(-1 << 31)},
	{"%d", int64(-1 << 63)},
	{"%.d", 0},
	{"%.0d", 0},
	{"%6.0d", 0},
	{"%06.0d", 0},
	{"% d", 12345},
	{"%+d", 12345},
	{"%+d", -12345},
	{"%b", 7},
	{"%b", -6},
	{"%#b", 7},
	{"%#b", -6},
	{"%b", ^uint32(0)},
	{"%b", ^uint64(0)},
	{"%b", int64(-1 << 63)},
	{"%o", 01234},
	{"%o", -01234},
	{"%#o", 01234},
	{"%#o", -01234},
	{"%O", 01234},
	{"%O", -01234},
	{"%o", ^uint32(0)},
	{"%o", ^uint64(0)},
	{"%#X", 0},
	{"%x", 0x12abcdef},
	{"%X", 0x12abcdef},
	{"%x", ^uint32(0)},
	{"%X", ^uint64(0)},
	{"%.20b", 7},
	{"%10d", 12345},
	{"%10d", -12345},
	{"%+10d", 12345},
	{"%010d", 12345},
	{"%010d", -12345},
	{"%20.8d", 1234},
	{"%20.8d", -1234},
	{"%020.8d", 1234},
	{"%020.8d", -1234},
	{"%-20.8d", 1234},
	{"%-20.8d", -1234},
	{"%-#20.8x", 0x1234abc},
	{"%-#20.8X", 0x1234abc},
	{"%-#20.8o", 01234},
	// Test correct f.intbuf overflow checks.
	{"%068d", 1},
	{"%068d", -1},
	{"%#.68x", 42},
	{"%.68d", -42},
	{"%+.68d", 42},
	{"% .68d", 42},
	{"% +.68d", 42},
}

func main() {
	for i, tt := range tests {
		fmt.Println(i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val)+"]")
	}
}
