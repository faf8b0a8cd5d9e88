// Printf errors: %!verb(type=value), %!(EXTRA ...), %!(NOVERB), bad verbs on every kind.
// Cases from Go 1.19's src/fmt/fmt_test.go (fmtTests); the expected
// output is the golden real Go wrote.
package main

import (
	"fmt"
	"io"
	"math"
)

var (
	NaN    = math.NaN()
	posInf = math.Inf(1)
	negInf = math.Inf(-1)
)

type (
	renamedBool       bool
	renamedInt        int
	renamedInt8       int8
	renamedInt16      int16
	renamedInt32      int32
	renamedInt64      int64
	renamedUint       uint
	renamedUint8      uint8
	renamedUint16     uint16
	renamedUint32     uint32
	renamedUint64     uint64
	renamedUintptr    uintptr
	renamedString     string
	renamedBytes      []byte
	renamedFloat32    float32
	renamedFloat64    float64
	renamedComplex64  complex64
	renamedComplex128 complex128
)

type A struct {
	i int
	j uint
	s string
	x []int
}

type I int

func (i I) String() string { return fmt.Sprintf("<%d>", int(i)) }

type B struct {
	I I
	j int
}

type C struct {
	i int
	B
}

type SI struct {
	I any
}

type F int

func (f F) Format(s fmt.State, c rune) {
	fmt.Fprintf(s, "<%c=F(%d)>", c, int(f))
}

type G int

func (g G) GoString() string {
	return fmt.Sprintf("GoString(%d)", int(g))
}

type S struct {
	F F // a struct field that Formats
	G G // a struct field that GoStrings
}

type byteStringer byte

func (byteStringer) String() string {
	return "X"
}

var byteStringerSlice = []byteStringer{'h', 'e', 'l', 'l', 'o'}

type byteFormatter byte

func (byteFormatter) Format(f fmt.State, _ rune) {
	fmt.Fprint(f, "X")
}

var byteFormatterSlice = []byteFormatter{'h', 'e', 'l', 'l', 'o'}

type writeStringFormatter string

func (sf writeStringFormatter) Format(f fmt.State, c rune) {
	if sw, ok := f.(io.StringWriter); ok {
		sw.WriteString("***" + string(sf) + "***")
	}
}

var tests = []struct {
	fmt string
	val any
}{
	// erroneous things
	{"", nil},
	{"", 2},
	{"no args", "hello"},
	{"%s %", "hello"},
	{"%s %.2", "hello"},
	{"%017091901790959340919092959340919017929593813360", 0},
	{"%184467440737095516170v", 0},
	// Extra argument errors should format without flags set.
	{"%010.2", "12345"},
	// Test that maps with non-reflexive keys print all keys and values.
	{"%v", map[float64]int{NaN: 1, NaN: 1}},
	// Incomplete format specification caused crash.
	{"%.", 3},
	// Tests to check that not supported verbs generate an error string.
	{"%☠", nil},
	{"%☠", any(nil)},
	{"%☠", int(0)},
	{"%☠", uint(0)},
	{"%☠", []byte{0, 1}},
	{"%☠", []uint8{0, 1}},
	{"%☠", [1]byte{0}},
	{"%☠", [1]uint8{0}},
	{"%☠", "hello"},
	{"%☠", 1.2345678},
	{"%☠", float32(1.2345678)},
	{"%☠", 1.2345678 + 1.2345678i},
	{"%☠", complex64(1.2345678 + 1.2345678i)},
	{"%☠", SI{renamedInt(0)}},
	{"%☠", &[]any{I(1), G(2)}},
	{"%☠", SI{&[]any{I(1), G(2)}}},
	{"%☠", map[float64]int{NaN: 1}},
	// zeroFill generates zero-filled strings of the specified width. The length
	// of the suffix (but not the prefix) is compensated for in the width calculation.
}

func main() {
	for i, tt := range tests {
		fmt.Println(i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val)+"]")
	}
}
