// strconv.ParseInt, ParseUint and Atoi: bases 0 and 2..36, prefixes, underscores,
// signs, bit sizes, and the *NumError texts (invalid syntax, value out of range,
// invalid base, invalid bit size). Inputs from Go 1.19's src/strconv/atoi_test.go.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var uint64Tests = []string{
	"",
	"0",
	"1",
	"12345",
	"012345",
	"12345x",
	"98765432100",
	"18446744073709551615",
	"18446744073709551616",
	"18446744073709551620",
	"1_2_3_4_5",
	"_12345",
	"1__2345",
	"12345_",
	"-0",
	"-1",
	"+1",
}

var uint64BaseTests = []struct {
	in   string
	base int
}{
	{"", 0},
	{"0", 0},
	{"0x", 0},
	{"0X", 0},
	{"1", 0},
	{"12345", 0},
	{"012345", 0},
	{"0x12345", 0},
	{"0X12345", 0},
	{"12345x", 0},
	{"0xabcdefg123", 0},
	{"123456789abc", 0},
	{"98765432100", 0},
	{"18446744073709551615", 0},
	{"18446744073709551616", 0},
	{"18446744073709551620", 0},
	{"0xFFFFFFFFFFFFFFFF", 0},
	{"0x10000000000000000", 0},
	{"01777777777777777777777", 0},
	{"01777777777777777777778", 0},
	{"02000000000000000000000", 0},
	{"0200000000000000000000", 0},
	{"0b", 0},
	{"0B", 0},
	{"0b101", 0},
	{"0B101", 0},
	{"0o", 0},
	{"0O", 0},
	{"0o377", 0},
	{"0O377", 0},
	// underscores allowed with base == 0 only
	{"1_2_3_4_5", 0},
	{"_12345", 0},
	{"1__2345", 0},
	{"12345_", 0},
	{"1_2_3_4_5", 10},
	{"_12345", 10},
	{"1__2345", 10},
	{"12345_", 10},
	{"0x_1_2_3_4_5", 0},
	{"_0x12345", 0},
	{"0x__12345", 0},
	{"0x1__2345", 0},
	{"0x1234__5", 0},
	{"0x12345_", 0},
	{"1_2_3_4_5", 16},
	{"_12345", 16},
	{"1__2345", 16},
	{"1234__5", 16},
	{"12345_", 16},
	{"0_1_2_3_4_5", 0},
	{"_012345", 0},
	{"0__12345", 0},
	{"01234__5", 0},
	{"012345_", 0},
	{"0o_1_2_3_4_5", 0},
	{"_0o12345", 0},
	{"0o__12345", 0},
	{"0o1234__5", 0},
	{"0o12345_", 0},
	{"0_1_2_3_4_5", 8},
	{"_012345", 8},
	{"0__12345", 8},
	{"01234__5", 8},
	{"012345_", 8},
	{"0b_1_0_1", 0},
	{"_0b101", 0},
	{"0b__101", 0},
	{"0b1__01", 0},
	{"0b10__1", 0},
	{"0b101_", 0},
	{"1_0_1", 2},
	{"_101", 2},
	{"1_01", 2},
	{"10_1", 2},
	{"101_", 2},
}

var int64Tests = []string{
	"",
	"0",
	"-0",
	"+0",
	"1",
	"-1",
	"+1",
	"12345",
	"-12345",
	"012345",
	"-012345",
	"98765432100",
	"-98765432100",
	"9223372036854775807",
	"-9223372036854775807",
	"9223372036854775808",
	"-9223372036854775808",
	"9223372036854775809",
	"-9223372036854775809",
	"-1_2_3_4_5",
	"-_12345",
	"_12345",
	"1__2345",
	"12345_",
}

var int64BaseTests = []struct {
	in   string
	base int
}{
	{"", 0},
	{"0", 0},
	{"-0", 0},
	{"1", 0},
	{"-1", 0},
	{"12345", 0},
	{"-12345", 0},
	{"012345", 0},
	{"-012345", 0},
	{"0x12345", 0},
	{"-0X12345", 0},
	{"12345x", 0},
	{"-12345x", 0},
	{"98765432100", 0},
	{"-98765432100", 0},
	{"9223372036854775807", 0},
	{"-9223372036854775807", 0},
	{"9223372036854775808", 0},
	{"-9223372036854775808", 0},
	{"9223372036854775809", 0},
	{"-9223372036854775809", 0},
	// other bases
	{"g", 17},
	{"10", 25},
	{"holycow", 35},
	{"holycow", 36},
	// base 2
	{"0", 2},
	{"-1", 2},
	{"1010", 2},
	{"1000000000000000", 2},
	{"111111111111111111111111111111111111111111111111111111111111111", 2},
	{"1000000000000000000000000000000000000000000000000000000000000000", 2},
	{"-1000000000000000000000000000000000000000000000000000000000000000", 2},
	{"-1000000000000000000000000000000000000000000000000000000000000001", 2},
	// base 8
	{"-10", 8},
	{"57635436545", 8},
	{"100000000", 8},
	// base 16
	{"10", 16},
	{"-123456789abcdef", 16},
	{"7fffffffffffffff", 16},
	// underscores
	{"-0x_1_2_3_4_5", 0},
	{"0x_1_2_3_4_5", 0},
	{"-_0x12345", 0},
	{"_-0x12345", 0},
	{"_0x12345", 0},
	{"0x__12345", 0},
	{"0x1__2345", 0},
	{"0x1234__5", 0},
	{"0x12345_", 0},
	{"-0_1_2_3_4_5", 0},
	{"0_1_2_3_4_5", 0},
	{"-_012345", 0},
	{"_-012345", 0},
	{"_012345", 0},
	{"0__12345", 0},
	{"01234__5", 0},
	{"012345_", 0},
	{"+0xf", 0},
	{"-0xf", 0},
	{"0x+f", 0},
	{"0x-f", 0},
}

var uint32Tests = []string{
	"",
	"0",
	"1",
	"12345",
	"012345",
	"12345x",
	"987654321",
	"4294967295",
	"4294967296",
	"1_2_3_4_5",
	"_12345",
	"_12345",
	"1__2345",
	"12345_",
}

var int32Tests = []string{
	"",
	"0",
	"-0",
	"1",
	"-1",
	"12345",
	"-12345",
	"012345",
	"-012345",
	"12345x",
	"-12345x",
	"987654321",
	"-987654321",
	"2147483647",
	"-2147483647",
	"2147483648",
	"-2147483648",
	"2147483649",
	"-2147483649",
	"-1_2_3_4_5",
	"-_12345",
	"_12345",
	"1__2345",
	"12345_",
}

func describe(err error) string {
	if err == nil {
		return "ok"
	}
	ne := err.(*strconv.NumError)
	return fmt.Sprintf("%v [Func=%s Num=%q Is(ErrSyntax)=%v Is(ErrRange)=%v]", err, ne.Func, ne.Num,
		errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
}

func main() {
	for _, in := range uint64Tests {
		v, err := strconv.ParseUint(in, 10, 64)
		fmt.Printf("ParseUint(%q, 10, 64) = %d %s\n", in, v, describe(err))
	}
	for _, tt := range uint64BaseTests {
		v, err := strconv.ParseUint(tt.in, tt.base, 64)
		fmt.Printf("ParseUint(%q, %d, 64) = %d %s\n", tt.in, tt.base, v, describe(err))
	}
	for _, in := range int64Tests {
		v, err := strconv.ParseInt(in, 10, 64)
		fmt.Printf("ParseInt(%q, 10, 64) = %d %s\n", in, v, describe(err))
		a, err := strconv.Atoi(in)
		fmt.Printf("Atoi(%q) = %d %s\n", in, a, describe(err))
	}
	for _, tt := range int64BaseTests {
		v, err := strconv.ParseInt(tt.in, tt.base, 64)
		fmt.Printf("ParseInt(%q, %d, 64) = %d %s\n", tt.in, tt.base, v, describe(err))
	}
	for _, in := range uint32Tests {
		v, err := strconv.ParseUint(in, 10, 32)
		fmt.Printf("ParseUint(%q, 10, 32) = %d %s\n", in, v, describe(err))
	}
	for _, in := range int32Tests {
		v, err := strconv.ParseInt(in, 10, 32)
		fmt.Printf("ParseInt(%q, 10, 32) = %d %s\n", in, v, describe(err))
	}
	for _, bits := range []int{-1, 0, 1, 7, 8, 16, 33, 64, 65} {
		v, err := strconv.ParseInt("-129", 10, bits)
		fmt.Printf("ParseInt(\"-129\", 10, %d) = %d %s\n", bits, v, describe(err))
		u, err := strconv.ParseUint("256", 10, bits)
		fmt.Printf("ParseUint(\"256\", 10, %d) = %d %s\n", bits, u, describe(err))
	}
	for _, base := range []int{-1, 0, 1, 2, 8, 10, 16, 36, 37} {
		v, err := strconv.ParseInt("11", base, 64)
		fmt.Printf("ParseInt(\"11\", %d, 64) = %d %s\n", base, v, describe(err))
		u, err := strconv.ParseUint("11", base, 64)
		fmt.Printf("ParseUint(\"11\", %d, 64) = %d %s\n", base, u, describe(err))
	}
	// A NumError built by hand, and its Unwrap.
	e := &strconv.NumError{Func: "ParseFloat", Num: "1\x00.2", Err: errors.New("failed")}
	fmt.Println(e, errors.Unwrap(e))
	fmt.Println(strconv.IntSize)
}
