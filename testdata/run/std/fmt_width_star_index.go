// Printf argument indexes %[n]verb, * width and precision from arguments, and
// their errors: BADINDEX, BADWIDTH, BADPREC, NOVERB, MISSING, EXTRA.
// Cases from Go 1.19's src/fmt/fmt_test.go (reorderTests, startests) and more.
package main

import "fmt"

type SE []any // slice of empty; notational compactness.

func args(a ...any) []any { return a }

var reorderTests = []struct {
	fmt string
	val SE
}{
	{"%[1]d", SE{1}},
	{"%[2]d", SE{2, 1}},
	{"%[2]d %[1]d", SE{1, 2}},
	{"%[2]*[1]d", SE{2, 5}},
	{"%6.2f", SE{12.0}}, // Explicit version of next line.
	{"%[3]*.[2]*[1]f", SE{12.0, 2, 6}},
	{"%[1]*.[2]*[3]f", SE{6, 2, 12.0}},
	{"%10f", SE{12.0}},
	{"%[1]*[3]f", SE{10, 99, 12.0}},
	{"%.6f", SE{12.0}}, // Explicit version of next line.
	{"%.[1]*[3]f", SE{6, 99, 12.0}},
	{"%6.f", SE{12.0}}, //  // Explicit version of next line; empty precision means zero.
	{"%[1]*.[3]f", SE{6, 3, 12.0}},
	{"%d %d %d %#[1]o %#o %#o", SE{11, 12, 13}},
	{"%[d", SE{2, 1}},
	{"%]d", SE{2, 1}},
	{"%[]d", SE{2, 1}},
	{"%[-3]d", SE{2, 1}},
	{"%[99]d", SE{2, 1}},
	{"%[3]", SE{2, 1}},
	{"%[1].2d", SE{5, 6}},
	{"%[1]2d", SE{2, 1}},
	{"%3.[2]d", SE{7}},
	{"%.[2]d", SE{7}},
	{"%d %d %d %#[1]o %#o %#o %#o", SE{11, 12, 13}},
	{"%[5]d %[2]d %d", SE{1, 2, 3}},
	{"%d %[3]d %d", SE{1, 2}}, // Erroneous index does not affect sequence.
	{"%.[]", SE{}},            // Issue 10675
	{"%.-3d", SE{42}},         // TODO: Should this set return better error messages?
	{"%2147483648d", SE{42}},
	{"%-2147483648d", SE{42}},
	{"%.2147483648d", SE{42}},
}

var startests = []struct {
	fmt string
	in  []any
}{
	{"%*d", args(4, 42)},
	{"%-*d", args(4, 42)},
	{"%*d", args(-4, 42)},
	{"%-*d", args(-4, 42)},
	{"%.*d", args(4, 42)},
	{"%*.*d", args(8, 4, 42)},
	{"%0*d", args(4, 42)},
	{"%0*d", args(uint(4), 42)},
	{"%0*d", args(uint64(4), 42)},
	{"%0*d", args('\x04', 42)},
	{"%0*d", args(uintptr(4), 42)},
	{"%*d", args(nil, 42)},
	{"%*d", args(int(1e7), 42)},
	{"%*d", args(int(-1e7), 42)},
	{"%.*d", args(nil, 42)},
	{"%.*d", args(-1, 42)},
	{"%.*d", args(int(1e7), 42)},
	{"%.*d", args(uint(1e7), 42)},
	{"%.*d", args(uint64(1<<63), 42)},   // Huge negative (-inf).
	{"%.*d", args(uint64(1<<64-1), 42)}, // Small negative (-1).
	{"%*d", args(5, "foo")},
	{"%*% %d", args(20, 5)},
	{"%*", args(4)},
}

var more = []struct {
	fmt string
	in  []any
}{
	// Width and precision from every integer kind; non-integers are BADWIDTH/BADPREC.
	{"%*.*f", args(int8(9), uint16(3), 3.14159)},
	{"%-*.*s", args(int64(-7), int32(2), "abcdef")},
	{"%*d", args(3.5, 1)},
	{"%.*d", args("2", 1)},
	{"%[2]*[1]d|%[1]*d", args(7, 4)},
	{"%[1]*[1]d", args(3)},
	// Missing and extra operands.
	{"%d %d %d", args(1, 2)},
	{"%d", args(1, "two", 3.0, nil)},
	{"%!%d", args(5)},
	{"%", args()},
	{"%-%", args()},
	{"%5%", args()},
	{"trailing %", args()},
	{"%[1]d %[1]x %[1]o %[1]b %[1]q", args(65)},
	{"%[2]v %v %[1]v %v", args("a", "b")},
	{"%[0]d", args(1)},
	{"%[1]", args(1)},
	{"%[x]d", args(1)},
	{"%v %v", args(nil)},
	{"%s", args()},
	{"", args(1, 2)},
	{"%.3", args(1)},
	{"%-+# 0", args(1)},
}

func main() {
	for i, tt := range reorderTests {
		fmt.Println("reorder", i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.val...)+"]")
	}
	for i, tt := range startests {
		fmt.Println("star", i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.in...)+"]")
	}
	for i, tt := range more {
		fmt.Println("more", i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.in...)+"]")
	}
}
