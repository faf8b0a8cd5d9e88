// Printf on named basic types, Formatter, GoStringer, Stringer byte slices and %T.
// Cases from Go 1.19's src/fmt/fmt_test.go (fmtTests); the expected
// output is the golden real Go wrote.
package main

import (
	"fmt"
	"io"
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
	// renamings
	{"%v", renamedBool(true)},
	{"%d", renamedBool(true)},
	{"%o", renamedInt(8)},
	{"%d", renamedInt8(-9)},
	{"%v", renamedInt16(10)},
	{"%v", renamedInt32(-11)},
	{"%X", renamedInt64(255)},
	{"%v", renamedUint(13)},
	{"%o", renamedUint8(14)},
	{"%X", renamedUint16(15)},
	{"%d", renamedUint32(16)},
	{"%X", renamedUint64(17)},
	{"%o", renamedUintptr(18)},
	{"%x", renamedString("thing")},
	{"%d", renamedBytes([]byte{1, 2, 15})},
	{"%q", renamedBytes([]byte("hello"))},
	{"%x", []renamedUint8{'h', 'e', 'l', 'l', 'o'}},
	{"%X", []renamedUint8{'h', 'e', 'l', 'l', 'o'}},
	{"%s", []renamedUint8{'h', 'e', 'l', 'l', 'o'}},
	{"%q", []renamedUint8{'h', 'e', 'l', 'l', 'o'}},
	{"%v", renamedFloat32(22)},
	{"%v", renamedFloat64(33)},
	{"%v", renamedComplex64(3 + 4i)},
	{"%v", renamedComplex128(4 - 3i)},
	// Formatter
	{"%x", F(1)},
	{"%x", G(2)},
	{"%+v", S{F(4), G(5)}},
	// GoStringer
	{"%#v", G(6)},
	{"%#v", S{F(7), G(8)}},
	// %T
	{"%T", byte(0)},
	{"%T", (4 - 3i)},
	{"%T", renamedComplex128(4 - 3i)},
	{"%10T", nil},
	{"%-10T", nil},
	// []T where type T is a byte with a Stringer method.
	{"%v", byteStringerSlice},
	{"%s", byteStringerSlice},
	{"%q", byteStringerSlice},
	{"%x", byteStringerSlice},
	{"%X", byteStringerSlice},
	{"%#v", byteStringerSlice},
	// And the same for Formatter.
	{"%v", byteFormatterSlice},
	{"%s", byteFormatterSlice},
	{"%q", byteFormatterSlice},
	{"%x", byteFormatterSlice},
	{"%X", byteFormatterSlice},
	// This next case seems wrong, but the docs say the Formatter wins here.
	{"%#v", byteFormatterSlice},
	// pp.WriteString
	{"%s", writeStringFormatter("")},
	{"%s", writeStringFormatter("xyz")},
	{"%s", writeStringFormatter("⌘/⌘")},
}

func main() {
	for i, tt := range tests {
		fmt.Println(i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val)+"]")
	}
}
