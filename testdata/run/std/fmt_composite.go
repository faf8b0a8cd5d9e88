// Printf on arrays, slices, byte slices, structs and %#v Go syntax.
// Cases from Go 1.19's src/fmt/fmt_test.go (fmtTests); the expected
// output is the golden real Go wrote.
package main

import (
	"fmt"
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

var (
	array  = [5]int{1, 2, 3, 4, 5}
	iarray = [4]any{1, "hello", 2.5, nil}
	slice  = array[:]
	islice = iarray[:]
	barray = [5]renamedUint8{1, 2, 3, 4, 5}
	bslice = barray[:]
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

var tests = []struct {
	fmt string
	val any
}{
	// arrays
	{"%v", array},
	{"%v", iarray},
	{"%v", barray},
	{"%v", &array},
	{"%v", &iarray},
	{"%v", &barray},
	// slices
	{"%v", slice},
	{"%v", islice},
	{"%v", bslice},
	{"%v", &slice},
	{"%v", &islice},
	{"%v", &bslice},
	// byte arrays and slices with %b,%c,%d,%o,%U and %v
	{"%b", [3]byte{65, 66, 67}},
	{"%c", [3]byte{65, 66, 67}},
	{"%d", [3]byte{65, 66, 67}},
	{"%o", [3]byte{65, 66, 67}},
	{"%U", [3]byte{65, 66, 67}},
	{"%v", [3]byte{65, 66, 67}},
	{"%v", [1]byte{123}},
	{"%012v", []byte{}},
	{"%#012v", []byte{}},
	{"%6v", []byte{1, 11, 111}},
	{"%06v", []byte{1, 11, 111}},
	{"%-6v", []byte{1, 11, 111}},
	{"%-06v", []byte{1, 11, 111}},
	{"%#v", []byte{1, 11, 111}},
	{"%#6v", []byte{1, 11, 111}},
	{"%#06v", []byte{1, 11, 111}},
	{"%#-6v", []byte{1, 11, 111}},
	{"%#-06v", []byte{1, 11, 111}},
	// f.space should and f.plus should not have an effect with %v.
	{"% v", []byte{1, 11, 111}},
	{"%+v", [3]byte{1, 11, 111}},
	{"%# -6v", []byte{1, 11, 111}},
	{"%#+-6v", [3]byte{1, 11, 111}},
	// f.space and f.plus should have an effect with %d.
	{"% d", []byte{1, 11, 111}},
	{"%+d", [3]byte{1, 11, 111}},
	{"%# -6d", []byte{1, 11, 111}},
	{"%#+-6d", [3]byte{1, 11, 111}},
	// structs
	{"%v", A{1, 2, "a", []int{1, 2}}},
	{"%+v", A{1, 2, "a", []int{1, 2}}},
	// +v on structs with Stringable items
	{"%+v", B{1, 2}},
	{"%+v", C{1, B{2, 3}}},
	// other formats on Stringable items
	{"%s", I(23)},
	{"%q", I(23)},
	{"%x", I(23)},
	{"%#x", I(23)},
	{"%# x", I(23)},
	// Stringer applies only to string formats.
	{"%d", I(23)},
	// Stringer applies to the extracted value.
	// go syntax
	{"%#v", A{1, 2, "a", []int{1, 2}}},
	{"%#v", uint64(1<<64 - 1)},
	{"%#v", 1000000000},
	{"%#v", map[string]int{"a": 1}},
	{"%#v", map[string]B{"a": {1, 2}}},
	{"%#v", []string{"a", "b"}},
	{"%#v", SI{}},
	{"%#v", []int(nil)},
	{"%#v", []int{}},
	{"%#v", array},
	{"%#v", &array},
	{"%#v", iarray},
	{"%#v", &iarray},
	{"%#v", map[int]byte(nil)},
	{"%#v", map[int]byte{}},
	{"%#v", "foo"},
	{"%#v", barray},
	{"%#v", bslice},
	{"%#v", []int32(nil)},
	{"%#v", 1.2345678},
	{"%#v", float32(1.2345678)},
	// Only print []byte and []uint8 as type []byte if they appear at the top level.
	{"%#v", []byte(nil)},
	{"%#v", []uint8(nil)},
	{"%#v", []byte{}},
	{"%#v", []uint8{}},
	{"%#v", &[]byte{}},
	{"%#v", &[]byte{}},
	{"%#v", [3]byte{}},
	{"%#v", [3]uint8{}},
	// slices with other formats
	{"%#x", []int{1, 2, 15}},
	{"%x", []int{1, 2, 15}},
	{"%d", []int{1, 2, 15}},
	{"%d", []byte{1, 2, 15}},
	{"%q", []string{"a", "b"}},
	{"% 02x", []byte{1}},
	{"% 02x", []byte{1, 2, 3}},
	// %p with pointers
	{"%p", (*int)(nil)},
	{"%#p", (*int)(nil)},
	{"%8.2p", (*int)(nil)},
	// %p on non-pointers
	{"%p", 27},
	{"%p", nil},
	{"%#p", nil},
	// pointers with specified base
	// %v on pointers
	{"%v", nil},
	{"%#v", nil},
	{"%v", (*int)(nil)},
	{"%#v", (*int)(nil)},
	{"%8.2v", (*int)(nil)},
	// string method on pointer
	// %d on Stringer should give integer if possible
}

func main() {
	for i, tt := range tests {
		fmt.Println(i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val)+"]")
	}
}
