// Fscan, Fscanln and Sscanf over every scannable type, custom Scanners, base
// prefixes, underscores, \r\n, space and newline matching between format and input,
// overflow, and multi-operand formats with their errors. Inputs from Go 1.19's
// src/fmt/scan_test.go (scanTests, scanfTests, overflowTests, multiTests).
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
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
	boolVal              bool
	intVal               int
	int8Val              int8
	int16Val             int16
	int32Val             int32
	int64Val             int64
	uintVal              uint
	uint8Val             uint8
	uint16Val            uint16
	uint32Val            uint32
	uint64Val            uint64
	float32Val           float32
	float64Val           float64
	stringVal            string
	bytesVal             []byte
	runeVal              rune
	complex64Val         complex64
	complex128Val        complex128
	renamedBoolVal       renamedBool
	renamedIntVal        renamedInt
	renamedInt8Val       renamedInt8
	renamedInt16Val      renamedInt16
	renamedInt32Val      renamedInt32
	renamedInt64Val      renamedInt64
	renamedUintVal       renamedUint
	renamedUint8Val      renamedUint8
	renamedUint16Val     renamedUint16
	renamedUint32Val     renamedUint32
	renamedUint64Val     renamedUint64
	renamedUintptrVal    renamedUintptr
	renamedStringVal     renamedString
	renamedBytesVal      renamedBytes
	renamedFloat32Val    renamedFloat32
	renamedFloat64Val    renamedFloat64
	renamedComplex64Val  renamedComplex64
	renamedComplex128Val renamedComplex128
)

// Xs accepts any non-empty run of the verb character.
type Xs string

func (x *Xs) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, func(r rune) bool { return r == verb })
	if err != nil {
		return err
	}
	s := string(tok)
	if s == "" || strings.Trim(s, string(verb)) != "" {
		return errors.New("syntax error for xs")
	}
	*x = Xs(s)
	return nil
}

var xVal Xs

// IntString accepts an integer followed immediately by a string.
// It tests the embedding of a scan within a scan.
type IntString struct {
	i int
	s string
}

func (s *IntString) Scan(state fmt.ScanState, verb rune) error {
	if _, err := fmt.Fscan(state, &s.i); err != nil {
		return err
	}

	tok, err := state.Token(true, nil)
	if err != nil {
		return err
	}
	s.s = string(tok)
	return nil
}

var intStringVal IntString

func args(a ...any) []any { return a }

var scanTests = []struct {
	text string
	in   any
}{
	// Basic types
	{"T\n", &boolVal},
	{"F\n", &boolVal},
	{"21\n", &intVal},
	{"2_1\n", &intVal},
	{"0\n", &intVal},
	{"000\n", &intVal},
	{"0x10\n", &intVal},
	{"0x_1_0\n", &intVal},
	{"-0x10\n", &intVal},
	{"0377\n", &intVal},
	{"0_3_7_7\n", &intVal},
	{"0o377\n", &intVal},
	{"0o_3_7_7\n", &intVal},
	{"-0377\n", &intVal},
	{"-0o377\n", &intVal},
	{"0\n", &uintVal},
	{"000\n", &uintVal},
	{"0x10\n", &uintVal},
	{"0377\n", &uintVal},
	{"22\n", &int8Val},
	{"23\n", &int16Val},
	{"24\n", &int32Val},
	{"25\n", &int64Val},
	{"127\n", &int8Val},
	{"-21\n", &intVal},
	{"-22\n", &int8Val},
	{"-23\n", &int16Val},
	{"-24\n", &int32Val},
	{"-25\n", &int64Val},
	{"-128\n", &int8Val},
	{"+21\n", &intVal},
	{"+22\n", &int8Val},
	{"+23\n", &int16Val},
	{"+24\n", &int32Val},
	{"+25\n", &int64Val},
	{"+127\n", &int8Val},
	{"26\n", &uintVal},
	{"27\n", &uint8Val},
	{"28\n", &uint16Val},
	{"29\n", &uint32Val},
	{"30\n", &uint64Val},
	{"255\n", &uint8Val},
	{"32767\n", &int16Val},
	{"2.3\n", &float64Val},
	{"2.3e1\n", &float32Val},
	{"2.3e2\n", &float64Val},
	{"2.3p2\n", &float64Val},
	{"2.3p+2\n", &float64Val},
	{"2.3p+66\n", &float64Val},
	{"2.3p-66\n", &float64Val},
	{"0x2.3p-66\n", &float64Val},
	{"2_3.4_5\n", &float64Val},
	{"2.35\n", &stringVal},
	{"2345678\n", &bytesVal},
	{"(3.4e1-2i)\n", &complex128Val},
	{"-3.45e1-3i\n", &complex64Val},
	{"-.45e1-1e2i\n", &complex128Val},
	{"-.4_5e1-1E2i\n", &complex128Val},
	{"0x1.0p1+0x1.0P2i\n", &complex128Val},
	{"-0x1p1-0x1p2i\n", &complex128Val},
	{"-0x1ep-1-0x1p2i\n", &complex128Val},
	{"-0x1_Ep-1-0x1p0_2i\n", &complex128Val},
	{"hello\n", &stringVal},
	// Carriage-return followed by newline. (We treat \r\n as \n always.)
	{"hello\r\n", &stringVal},
	{"27\r\n", &uint8Val},
	// Renamed types
	{"true\n", &renamedBoolVal},
	{"F\n", &renamedBoolVal},
	{"101\n", &renamedIntVal},
	{"102\n", &renamedIntVal},
	{"103\n", &renamedUintVal},
	{"104\n", &renamedUintVal},
	{"105\n", &renamedInt8Val},
	{"106\n", &renamedInt16Val},
	{"107\n", &renamedInt32Val},
	{"108\n", &renamedInt64Val},
	{"109\n", &renamedUint8Val},
	{"110\n", &renamedUint16Val},
	{"111\n", &renamedUint32Val},
	{"112\n", &renamedUint64Val},
	{"113\n", &renamedUintptrVal},
	{"114\n", &renamedStringVal},
	{"115\n", &renamedBytesVal},
	// Custom scanners.
	{"  vvv ", &xVal},
	{" 1234hello", &intStringVal},
	// Fixed bugs
	{"2147483648\n", &int64Val},
}

var scanfTests = []struct {
	format string
	text   string
	in     any
}{
	{"%v", "TRUE\n", &boolVal},
	{"%t", "false\n", &boolVal},
	{"%v", "-71\n", &intVal},
	{"%v", "-7_1\n", &intVal},
	{"%v", "0b111\n", &intVal},
	{"%v", "0b_1_1_1\n", &intVal},
	{"%v", "0377\n", &intVal},
	{"%v", "0_3_7_7\n", &intVal},
	{"%v", "0o377\n", &intVal},
	{"%v", "0o_3_7_7\n", &intVal},
	{"%v", "0x44\n", &intVal},
	{"%v", "0x_4_4\n", &intVal},
	{"%d", "72\n", &intVal},
	{"%c", "a\n", &runeVal},
	{"%c", "\u5072\n", &runeVal},
	{"%c", "\u1234\n", &runeVal},
	{"%d", "73\n", &int8Val},
	{"%d", "+74\n", &int16Val},
	{"%d", "75\n", &int32Val},
	{"%d", "76\n", &int64Val},
	{"%b", "1001001\n", &intVal},
	{"%o", "075\n", &intVal},
	{"%x", "a75\n", &intVal},
	{"%v", "71\n", &uintVal},
	{"%d", "72\n", &uintVal},
	{"%d", "7_2\n", &uintVal},
	{"%d", "73\n", &uint8Val},
	{"%d", "74\n", &uint16Val},
	{"%d", "75\n", &uint32Val},
	{"%d", "76\n", &uint64Val},
	{"%b", "1001001\n", &uintVal},
	{"%b", "100_1001\n", &uintVal},
	{"%o", "075\n", &uintVal},
	{"%o", "07_5\n", &uintVal},
	{"%x", "a75\n", &uintVal},
	{"%x", "A75\n", &uintVal},
	{"%x", "A7_5\n", &uintVal},
	{"%U", "U+1234\n", &intVal},
	{"%U", "U+4567\n", &uintVal},
	{"%e", "2.3\n", &float64Val},
	{"%E", "2.3e1\n", &float32Val},
	{"%f", "2.3e2\n", &float64Val},
	{"%g", "2.3p2\n", &float64Val},
	{"%G", "2.3p+2\n", &float64Val},
	{"%v", "2.3p+66\n", &float64Val},
	{"%f", "2.3p-66\n", &float64Val},
	{"%G", "0x2.3p-66\n", &float64Val},
	{"%E", "2_3.4_5\n", &float64Val},
	// Strings
	{"%s", "using-%s\n", &stringVal},
	{"%x", "7573696e672d2578\n", &stringVal},
	{"%X", "7573696E672D2558\n", &stringVal},
	{"%q", `"quoted\twith\\do\u0075bl\x65s"` + "\n", &stringVal},
	{"%q", "`quoted with backs`\n", &stringVal},
	// Byte slices
	{"%s", "bytes-%s\n", &bytesVal},
	{"%x", "62797465732d2578\n", &bytesVal},
	{"%X", "62797465732D2558\n", &bytesVal},
	{"%q", `"bytes\rwith\vdo\u0075bl\x65s"` + "\n", &bytesVal},
	{"%q", "`bytes with backs`\n", &bytesVal},
	// Renamed types
	{"%v\n", "true\n", &renamedBoolVal},
	{"%t\n", "F\n", &renamedBoolVal},
	{"%v", "101\n", &renamedIntVal},
	{"%c", "\u0101\n", &renamedIntVal},
	{"%o", "0146\n", &renamedIntVal},
	{"%v", "103\n", &renamedUintVal},
	{"%d", "104\n", &renamedUintVal},
	{"%d", "105\n", &renamedInt8Val},
	{"%d", "106\n", &renamedInt16Val},
	{"%d", "107\n", &renamedInt32Val},
	{"%d", "108\n", &renamedInt64Val},
	{"%x", "6D\n", &renamedUint8Val},
	{"%o", "0156\n", &renamedUint16Val},
	{"%d", "111\n", &renamedUint32Val},
	{"%d", "112\n", &renamedUint64Val},
	{"%d", "113\n", &renamedUintptrVal},
	{"%s", "114\n", &renamedStringVal},
	{"%q", "\"1155\"\n", &renamedBytesVal},
	{"%g", "116e1\n", &renamedFloat32Val},
	{"%g", "-11.7e+1", &renamedFloat64Val},
	{"%g", "11+6e1i\n", &renamedComplex64Val},
	{"%g", "-11.+7e+1i", &renamedComplex128Val},
	// Interesting formats
	{"here is\tthe value:%d", "here is   the\tvalue:118\n", &intVal},
	{"%% %%:%d", "% %:119\n", &intVal},
	{"%d%%", "42%", &intVal},
	// Corner cases
	{"%x", "FFFFFFFF\n", &uint32Val},
	// Custom scanner.
	{"%s", "  sss ", &xVal},
	{"%2s", "sssss", &xVal},
	// Fixed bugs
	{"%d\n", "27\n", &intVal},
	{"%d\n", "28 \n", &intVal},
	{"%v", "0", &intVal},
	{"%v", "0", &uintVal},
	{"%c", " ", &uintVal},
	{"%c", "\t", &uintVal},
	{"%c", "\n", &uintVal},
	{"%d%%", "23%\n", &uintVal},
	{"%%%d", "%23\n", &uintVal},
	// space handling
	{"%d", "27", &intVal},
	{"%d", "27 ", &intVal},
	{"%d", " 27", &intVal},
	{"%d", " 27 ", &intVal},
	{"X%d", "X27", &intVal},
	{"X%d", "X27 ", &intVal},
	{"X%d", "X 27", &intVal},
	{"X%d", "X 27 ", &intVal},
	{"X %d", "X27", &intVal},
	{"X %d", "X27 ", &intVal},
	{"X %d", "X 27", &intVal},
	{"X %d", "X 27 ", &intVal},
	{"%dX", "27X", &intVal},
	{"%dX", "27 X", &intVal},
	{"%dX", " 27X", &intVal},
	{"%dX", " 27 X", &intVal},
	{"%d X", "27X", &intVal},
	{"%d X", "27 X", &intVal},
	{"%d X", " 27X", &intVal},
	{"%d X", " 27 X", &intVal},
	{"X %d X", "X27X", &intVal},
	{"X %d X", "X27 X", &intVal},
	{"X %d X", "X 27X", &intVal},
	{"X %d X", "X 27 X", &intVal},
	{"X %s X", "X27X", &stringVal},
	{"X %s X", "X27 X", &stringVal},
	{"X %s X", "X 27X", &stringVal},
	{"X %s X", "X 27 X", &stringVal},
	{"X%sX", "X27X", &stringVal},
	{"X%sX", "X27 X", &stringVal},
	{"X%sX", "X 27X", &stringVal},
	{"X%sX", "X 27 X", &stringVal},
	{"X%s", "X27", &stringVal},
	{"X%s", "X27 ", &stringVal},
	{"X%s", "X 27", &stringVal},
	{"X%s", "X 27 ", &stringVal},
	{"X%dX", "X27X", &intVal},
	{"X%dX", "X27 X", &intVal},
	{"X%dX", "X 27X", &intVal},
	{"X%dX", "X 27 X", &intVal},
	{"X%dX", "X27X", &intVal},
	{"X%dX", "X27X ", &intVal},
	{"X%dX", " X27X", &intVal},
	{"X%dX", " X27X ", &intVal},
	{"X%dX\n", "X27X", &intVal},
	{"X%dX \n", "X27X ", &intVal},
	{"X%dX\n", "X27X\n", &intVal},
	{"X%dX\n", "X27X \n", &intVal},
	{"X%dX \n", "X27X", &intVal},
	{"X%dX \n", "X27X ", &intVal},
	{"X%dX \n", "X27X\n", &intVal},
	{"X%dX \n", "X27X \n", &intVal},
	{"X%c", "X\n", &runeVal},
	{"X%c", "X \n", &runeVal},
	{"X %c", "X!", &runeVal},
	{"X %c", "X\n", &runeVal},
	{"X %c", "X !", &runeVal},
	{"X %c", "X \n", &runeVal},
	{" X%dX", "X27X", &intVal},
	{" X%dX", "X27X ", &intVal},
	{" X%dX", " X27X", &intVal},
	{" X%dX", " X27X ", &intVal},
	{"X%dX ", "X27X", &intVal},
	{"X%dX ", "X27X ", &intVal},
	{"X%dX ", " X27X", &intVal},
	{"X%dX ", " X27X ", &intVal},
	{" X%dX ", "X27X", &intVal},
	{" X%dX ", "X27X ", &intVal},
	{" X%dX ", " X27X", &intVal},
	{" X%dX ", " X27X ", &intVal},
	{"%d\nX", "27\nX", &intVal},
	{"%dX\n X", "27X\n X", &intVal},
}

var overflowTests = []struct {
	text string
	in   any
}{
	{"128", &int8Val},
	{"32768", &int16Val},
	{"-129", &int8Val},
	{"-32769", &int16Val},
	{"256", &uint8Val},
	{"65536", &uint16Val},
	{"1e100", &float32Val},
	{"1e500", &float64Val},
	{"(1e100+0i)", &complex64Val},
	{"(1+1e100i)", &complex64Val},
	{"(1-1e500i)", &complex128Val},
}

var truth bool
var i, j, k int
var f float64
var s, t string
var c complex128
var x, y Xs
var z IntString
var r1, r2, r3 rune

var multiTests = []struct {
	format string
	text   string
	in     []any
}{
	{"", "", args()},
	{"%d", "23", args(&i)},
	{"%2s%3s", "22333", args(&s, &t)},
	{"%2d%3d", "44555", args(&i, &j)},
	{"%2d.%3d", "66.777", args(&i, &j)},
	{"%d, %d", "23, 18", args(&i, &j)},
	{"%3d22%3d", "33322333", args(&i, &j)},
	{"%6vX=%3fY", "3+2iX=2.5Y", args(&c, &f)},
	{"%d%s", "123abc", args(&i, &s)},
	{"%c%c%c", "2\u50c2X", args(&r1, &r2, &r3)},
	{"%5s%d", " 1234567 ", args(&s, &i)},
	{"%5s%d", " 12 34 567 ", args(&s, &i)},
	// Custom scanners.
	{"%e%f", "eefffff", args(&x, &y)},
	{"%4v%s", "12abcd", args(&z, &s)},
	// Errors
	{"%t", "23 18", args(&i)},
	{"%d %d %d", "23 18", args(&i, &j)},
	{"%d %d", "23 18 27", args(&i, &j, &k)},
	{"%c", "\u0100", args(&int8Val)},
	{"X%d", "10X", args(&intVal)},
	{"%d%", "42%", args(&intVal)},
	{"%d% ", "42%", args(&intVal)},
	{"%%%d", "xxx 42", args(&intVal)},
	{"%%%d", "x42", args(&intVal)},
	{"%%%d", "42", args(&intVal)},
	// Bad UTF-8: should see every byte.
	{"%c%c%c", "\xc2X\xc2", args(&r1, &r2, &r3)},
	// Fixed bugs
	{"%v%v", "FALSE23", args(&truth, &i)},
}

// deref returns the value a scan target points at.
func deref(in any) any {
	switch p := in.(type) {
	case *bool:
		return *p
	case *int:
		return *p
	case *int8:
		return *p
	case *int16:
		return *p
	case *int32:
		return *p
	case *int64:
		return *p
	case *uint:
		return *p
	case *uint8:
		return *p
	case *uint16:
		return *p
	case *uint32:
		return *p
	case *uint64:
		return *p
	case *float32:
		return *p
	case *float64:
		return *p
	case *string:
		return *p
	case *[]byte:
		return *p
	case *complex64:
		return *p
	case *complex128:
		return *p
	case *renamedBool:
		return *p
	case *renamedInt:
		return *p
	case *renamedInt8:
		return *p
	case *renamedInt16:
		return *p
	case *renamedInt32:
		return *p
	case *renamedInt64:
		return *p
	case *renamedUint:
		return *p
	case *renamedUint8:
		return *p
	case *renamedUint16:
		return *p
	case *renamedUint32:
		return *p
	case *renamedUint64:
		return *p
	case *renamedUintptr:
		return *p
	case *renamedString:
		return *p
	case *renamedBytes:
		return *p
	case *renamedFloat32:
		return *p
	case *renamedFloat64:
		return *p
	case *renamedComplex64:
		return *p
	case *renamedComplex128:
		return *p
	case *Xs:
		return *p
	case *IntString:
		return *p
	}
	return in
}

func show(what string, n int, err error, in ...any) {
	vals := make([]any, len(in))
	for i, p := range in {
		vals[i] = deref(p)
	}
	fmt.Printf("%s => n=%d err=%v vals=%#v\n", what, n, err, vals)
}

func main() {
	for _, tt := range scanTests {
		n, err := fmt.Fscan(strings.NewReader(tt.text), tt.in)
		show(fmt.Sprintf("Fscan %q", tt.text), n, err, tt.in)
		n, err = fmt.Fscanln(struct{ io.Reader }{strings.NewReader(tt.text)}, tt.in)
		show(fmt.Sprintf("Fscanln(reader only) %q", tt.text), n, err, tt.in)
	}
	for _, tt := range scanfTests {
		n, err := fmt.Sscanf(tt.text, tt.format, tt.in)
		show(fmt.Sprintf("Sscanf(%q, %q)", tt.text, tt.format), n, err, tt.in)
	}
	for _, tt := range overflowTests {
		n, err := fmt.Sscan(tt.text, tt.in)
		show(fmt.Sprintf("overflow %q", tt.text), n, err, tt.in)
	}
	for _, tt := range multiTests {
		n, err := fmt.Sscanf(tt.text, tt.format, tt.in...)
		show(fmt.Sprintf("multi Sscanf(%q, %q)", tt.text, tt.format), n, err, tt.in...)
	}
}
