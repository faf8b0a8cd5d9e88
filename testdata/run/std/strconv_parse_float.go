// strconv.ParseFloat (bit sizes 32 and 64) and ParseComplex: decimal and hex
// mantissas, underscores, exponents, Inf/NaN spellings, rounding at halfway points,
// overflow to ±Inf with ErrRange, denormals, and syntax errors. Inputs from Go 1.19's
// src/strconv/atof_test.go and atoc_test.go; results printed with %v, %b and 'x'.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

var atof64 = []string{
	"",
	"1",
	"+1",
	"1x",
	"1.1.",
	"1e23",
	"1E23",
	"100000000000000000000000",
	"1e-100",
	"123456700",
	"99999999999999974834176",
	"100000000000000000000001",
	"100000000000000008388608",
	"100000000000000016777215",
	"100000000000000016777216",
	"-1",
	"-0.1",
	"-0",
	"1e-20",
	"625e-3",
	// Hexadecimal floating-point.
	"0x1p0",
	"0x1p1",
	"0x1p-1",
	"0x1ep-1",
	"-0x1ep-1",
	"-0x1_ep-1",
	"0x1p-200",
	"0x1p200",
	"0x1fFe2.p0",
	"0x1fFe2.P0",
	"-0x2p3",
	"0x0.fp4",
	"0x0.fp0",
	"0x1e2",
	"1p2",
	// zeros
	"0",
	"0e0",
	"-0e0",
	"+0e0",
	"0e-0",
	"-0e-0",
	"+0e-0",
	"0e+0",
	"-0e+0",
	"+0e+0",
	"0e+01234567890123456789",
	"0.00e-01234567890123456789",
	"-0e+01234567890123456789",
	"-0.00e-01234567890123456789",
	"0x0p+01234567890123456789",
	"0x0.00p-01234567890123456789",
	"-0x0p+01234567890123456789",
	"-0x0.00p-01234567890123456789",
	"0e291",
	"0e292",
	"0e347",
	"0e348",
	"-0e291",
	"-0e292",
	"-0e347",
	"-0e348",
	"0x0p126",
	"0x0p127",
	"0x0p128",
	"0x0p129",
	"0x0p130",
	"0x0p1022",
	"0x0p1023",
	"0x0p1024",
	"0x0p1025",
	"0x0p1026",
	"-0x0p126",
	"-0x0p127",
	"-0x0p128",
	"-0x0p129",
	"-0x0p130",
	"-0x0p1022",
	"-0x0p1023",
	"-0x0p1024",
	"-0x0p1025",
	"-0x0p1026",
	// NaNs
	"nan",
	"NaN",
	"NAN",
	// Infs
	"inf",
	"-Inf",
	"+INF",
	"-Infinity",
	"+INFINITY",
	"Infinity",
	// largest float64
	"1.7976931348623157e308",
	"-1.7976931348623157e308",
	"0x1.fffffffffffffp1023",
	"-0x1.fffffffffffffp1023",
	"0x1fffffffffffffp+971",
	"-0x1fffffffffffffp+971",
	"0x.1fffffffffffffp1027",
	"-0x.1fffffffffffffp1027",
	// next float64 - too large
	"1.7976931348623159e308",
	"-1.7976931348623159e308",
	"0x1p1024",
	"-0x1p1024",
	"0x2p1023",
	"-0x2p1023",
	"0x.1p1028",
	"-0x.1p1028",
	"0x.2p1027",
	"-0x.2p1027",
	// the border is ...158079
	// borderline - okay
	"1.7976931348623158e308",
	"-1.7976931348623158e308",
	"0x1.fffffffffffff7fffp1023",
	"-0x1.fffffffffffff7fffp1023",
	// borderline - too large
	"1.797693134862315808e308",
	"-1.797693134862315808e308",
	"0x1.fffffffffffff8p1023",
	"-0x1.fffffffffffff8p1023",
	"0x1fffffffffffff.8p+971",
	"-0x1fffffffffffff8p+967",
	"0x.1fffffffffffff8p1027",
	"-0x.1fffffffffffff9p1027",
	// a little too large
	"1e308",
	"2e308",
	"1e309",
	"0x1p1025",
	// way too large
	"1e310",
	"-1e310",
	"1e400",
	"-1e400",
	"1e400000",
	"-1e400000",
	"0x1p1030",
	"0x1p2000",
	"0x1p2000000000",
	"-0x1p1030",
	"-0x1p2000",
	"-0x1p2000000000",
	// denormalized
	"1e-305",
	"1e-306",
	"1e-307",
	"1e-308",
	"1e-309",
	"1e-310",
	"1e-322",
	// smallest denormal
	"5e-324",
	"4e-324",
	"3e-324",
	// too small
	"2e-324",
	// way too small
	"1e-350",
	"1e-400000",
	// Near denormals and denormals.
	"0x2.00000000000000p-1010",
	"0x1.fffffffffffff0p-1010",
	"0x1.fffffffffffff7p-1010",
	"0x1.fffffffffffff8p-1010",
	"0x1.fffffffffffff9p-1010",
	"0x2.00000000000000p-1022",
	"0x1.fffffffffffff0p-1022",
	"0x1.fffffffffffff7p-1022",
	"0x1.fffffffffffff8p-1022",
	"0x1.fffffffffffff9p-1022",
	"0x1.00000000000000p-1022",
	"0x0.fffffffffffff0p-1022",
	"0x0.ffffffffffffe0p-1022",
	"0x0.ffffffffffffe7p-1022",
	"0x1.ffffffffffffe8p-1023",
	"0x1.ffffffffffffe9p-1023",
	"0x0.00000003fffff0p-1022",
	"0x0.00000003456780p-1022",
	"0x0.00000003456787p-1022",
	"0x0.00000003456788p-1022",
	"0x0.00000003456790p-1022",
	"0x0.00000003456789p-1022",
	"0x0.0000000345678800000000000000000000000001p-1022",
	"0x0.000000000000f0p-1022",
	"0x0.00000000000060p-1022",
	"0x0.00000000000058p-1022",
	"0x0.00000000000057p-1022",
	"0x0.00000000000050p-1022",
	"0x0.00000000000010p-1022",
	"0x0.000000000000081p-1022",
	"0x0.00000000000008p-1022",
	"0x0.00000000000007fp-1022",
	// try to overflow exponent
	"1e-4294967296",
	"1e+4294967296",
	"1e-18446744073709551616",
	"1e+18446744073709551616",
	"0x1p-4294967296",
	"0x1p+4294967296",
	"0x1p-18446744073709551616",
	"0x1p+18446744073709551616",
	// Parse errors
	"1e",
	"1e-",
	".e-1",
	"1\x00.2",
	"0x",
	"0x.",
	"0x1",
	"0x.1",
	"0x1p",
	"0x.1p",
	"0x1p+",
	"0x.1p+",
	"0x1p-",
	"0x.1p-",
	"0x1p+2",
	"0x.1p+2",
	"0x1p-2",
	"0x.1p-2",
	// https://www.exploringbinary.com/java-hangs-when-converting-2-2250738585072012e-308/
	"2.2250738585072012e-308",
	// https://www.exploringbinary.com/php-hangs-on-numeric-value-2-2250738585072011e-308/
	"2.2250738585072011e-308",
	// A very large number (initially wrongly parsed by the fast algorithm).
	"4.630813248087435e+307",
	// A different kind of very large number.
	"22.222222222222222",
	"2." + strings.Repeat("2", 4000) + "e+1",
	"0x1.1111111111111p222",
	"0x2.2222222222222p221",
	"0x2." + strings.Repeat("2", 4000) + "p221",
	// Exactly halfway between 1 and math.Nextafter(1, 2).
	// Round to even (down).
	"1.00000000000000011102230246251565404236316680908203125",
	"0x1.00000000000008p0",
	// Slightly lower; still round down.
	"1.00000000000000011102230246251565404236316680908203124",
	"0x1.00000000000007Fp0",
	// Slightly higher; round up.
	"1.00000000000000011102230246251565404236316680908203126",
	"0x1.000000000000081p0",
	"0x1.00000000000009p0",
	// Slightly higher, but you have to read all the way to the end.
	"1.00000000000000011102230246251565404236316680908203125" + strings.Repeat("0", 10000) + "1",
	"0x1.00000000000008" + strings.Repeat("0", 10000) + "1p0",
	// Halfway between x := math.Nextafter(1, 2) and math.Nextafter(x, 2)
	// Round to even (up).
	"1.00000000000000033306690738754696212708950042724609375",
	"0x1.00000000000018p0",
	// Halfway between 1090544144181609278303144771584 and 1090544144181609419040633126912
	// (15497564393479157p+46, should round to even 15497564393479156p+46, issue 36657)
	"1090544144181609348671888949248",
	// slightly above, rounds up
	"1090544144181609348835077142190",
	// Underscores.
	"1_23.50_0_0e+1_2",
	"-_123.5e+12",
	"+_123.5e+12",
	"_123.5e+12",
	"1__23.5e+12",
	"123_.5e+12",
	"123._5e+12",
	"123.5_e+12",
	"123.5__0e+12",
	"123.5e_+12",
	"123.5e+_12",
	"123.5e_-12",
	"123.5e-_12",
	"123.5e+1__2",
	"123.5e+12_",
	"0x_1_2.3_4_5p+1_2",
	"-_0x12.345p+12",
	"+_0x12.345p+12",
	"_0x12.345p+12",
	"0x__12.345p+12",
	"0x1__2.345p+12",
	"0x12_.345p+12",
	"0x12._345p+12",
	"0x12.3__45p+12",
	"0x12.345_p+12",
	"0x12.345p_+12",
	"0x12.345p+_12",
	"0x12.345p_-12",
	"0x12.345p-_12",
	"0x12.345p+1__2",
	"0x12.345p+12_",
	"1e100x",
	"1e1000x",
}

var atof32 = []string{
	// Hex
	"0x1p-100",
	"0x1p100",
	// Exactly halfway between 1 and the next float32.
	// Round to even (down).
	"1.000000059604644775390625",
	"0x1.000001p0",
	// Slightly lower.
	"1.000000059604644775390624",
	"0x1.0000008p0",
	"0x1.000000fp0",
	// Slightly higher.
	"1.000000059604644775390626",
	"0x1.000002p0",
	"0x1.0000018p0",
	"0x1.0000011p0",
	// Slightly higher, but you have to read all the way to the end.
	"1.000000059604644775390625" + strings.Repeat("0", 10000) + "1",
	"0x1.000001" + strings.Repeat("0", 10000) + "1p0",
	// largest float32: (1<<128) * (1 - 2^-24)
	"340282346638528859811704183484516925440",
	"-340282346638528859811704183484516925440",
	"0x.ffffffp128",
	"-340282346638528859811704183484516925440",
	"-0x.ffffffp128",
	// next float32 - too large
	"3.4028236e38",
	"-3.4028236e38",
	"0x1.0p128",
	"-0x1.0p128",
	// the border is 3.40282356779...e+38
	// borderline - okay
	"3.402823567e38",
	"-3.402823567e38",
	"0x.ffffff7fp128",
	"-0x.ffffff7fp128",
	// borderline - too large
	"3.4028235678e38",
	"-3.4028235678e38",
	"0x.ffffff8p128",
	"-0x.ffffff8p128",
	// Denormals: less than 2^-126
	"1e-38",
	"1e-39",
	"1e-40",
	"1e-41",
	"1e-42",
	"1e-43",
	"1e-44",
	"6e-45",
	"5e-45",
	// Smallest denormal
	"1e-45",
	"2e-45",
	"3e-45",
	// Near denormals and denormals.
	"0x0.89aBcDp-125",
	"0x0.8000000p-125",
	"0x0.1234560p-125",
	"0x0.1234567p-125",
	"0x0.1234568p-125",
	"0x0.1234569p-125",
	"0x0.1234570p-125",
	"0x0.0000010p-125",
	"0x0.00000081p-125",
	"0x0.0000008p-125",
	"0x0.0000007p-125",
	// 2^92 = 8388608p+69 = 4951760157141521099596496896 (4.9517602e27)
	// is an exact power of two that needs 8 decimal digits to be correctly
	// parsed back.
	// The float32 before is 16777215p+68 = 4.95175986e+27
	// The halfway is 4.951760009. A bad algorithm that thinks the previous
	// float32 is 8388607p+69 will shorten incorrectly to 4.95176e+27.
	"4951760157141521099596496896",
}

var atoc = []string{
	// Clearly invalid
	"",
	" ",
	"(",
	")",
	"i",
	"+i",
	"-i",
	"1I",
	"10  + 5i",
	"3+",
	"3+5",
	"3+5+5i",
	// Parentheses
	"()",
	"(i)",
	"(0)",
	"(1i)",
	"(3.0+5.5i)",
	"(1)+1i",
	"(3.0+5.5i",
	"3.0+5.5i)",
	// NaNs
	"NaN",
	"NANi",
	"nan+nAni",
	"+NaN",
	"-NaN",
	"NaN-NaNi",
	// Infs
	"Inf",
	"+inf",
	"-inf",
	"Infinity",
	"+INFINITY",
	"-infinity",
	"+infi",
	"0-infinityi",
	"Inf+Infi",
	"+Inf-Infi",
	"-Infinity+Infi",
	"inf-inf",
	// Zeros
	"0",
	"0i",
	"-0.0i",
	"0+0.0i",
	"0e+0i",
	"0e-0+0i",
	"-0.0-0.0i",
	"0e+012345",
	"0x0p+012345i",
	"0x0.00p-012345i",
	"+0e-0+0e-0i",
	"0e+0+0e+0i",
	"-0e+0-0e+0i",
	// Regular non-zeroes
	"0.1",
	"0.1i",
	"0.123",
	"0.123i",
	"0.123+0.123i",
	"99",
	"+99",
	"-99",
	"+1i",
	"-1i",
	"+3+1i",
	"30+3i",
	"+3e+3-3e+3i",
	"+3e+3+3e+3i",
	"+3e+3+3e+3i+",
	// Separators
	"0.1",
	"0.1i",
	"0.1_2_3",
	"+0x_3p3i",
	"0_0+0x_0p0i",
	"0x_10.3p-8+0x3p3i",
	"+0x_1_0.3p-8+0x_3_0p3i",
	"0x1_0.3p+8-0x_3p3i",
	// Hexadecimals
	"0x10.3p-8+0x3p3i",
	"+0x10.3p-8+0x3p3i",
	"0x10.3p+8-0x3p3i",
	"0x1p0",
	"0x1p1",
	"0x1p-1",
	"0x1ep-1",
	"-0x1ep-1",
	"-0x2p3",
	"0x1e2",
	"1p2",
	"0x1e2i",
	// ErrRange
	// next float64 - too large
	"+0x1p1024",
	"-0x1p1024",
	"+0x1p1024i",
	"-0x1p1024i",
	"+0x1p1024+0x1p1024i",
	"+0x1p1024-0x1p1024i",
	"-0x1p1024+0x1p1024i",
	"-0x1p1024-0x1p1024i",
	// the border is ...158079
	// borderline - okay
	"+0x1.fffffffffffff7fffp1023+0x1.fffffffffffff7fffp1023i",
	"+0x1.fffffffffffff7fffp1023-0x1.fffffffffffff7fffp1023i",
	"-0x1.fffffffffffff7fffp1023+0x1.fffffffffffff7fffp1023i",
	"-0x1.fffffffffffff7fffp1023-0x1.fffffffffffff7fffp1023i",
	// borderline - too large
	"+0x1.fffffffffffff8p1023",
	"-0x1fffffffffffff.8p+971",
	"+0x1.fffffffffffff8p1023i",
	"-0x1fffffffffffff.8p+971i",
	"+0x1.fffffffffffff8p1023+0x1.fffffffffffff8p1023i",
	"+0x1.fffffffffffff8p1023-0x1.fffffffffffff8p1023i",
	"-0x1fffffffffffff.8p+971+0x1fffffffffffff.8p+971i",
	"-0x1fffffffffffff8p+967-0x1fffffffffffff8p+967i",
	// a little too large
	"1e308+1e308i",
	"2e308+2e308i",
	"1e309+1e309i",
	"0x1p1025+0x1p1025i",
	"2e308",
	"1e309",
	"0x1p1025",
	"2e308i",
	"1e309i",
	"0x1p1025i",
	// way too large
	"+1e310+1e310i",
	"+1e310-1e310i",
	"-1e310+1e310i",
	"-1e310-1e310i",
	// under/overflow exponent
	"1e-4294967296",
	"1e-4294967296i",
	"1e-4294967296+1i",
	"1+1e-4294967296i",
	"1e-4294967296+1e-4294967296i",
	"1e+4294967296",
	"1e+4294967296i",
	"1e+4294967296+1e+4294967296i",
	"1e+4294967296-1e+4294967296i",
}

func errText(err error) string {
	if err == nil {
		return "ok"
	}
	return err.Error()
}

func main() {
	for _, in := range atof64 {
		f, err := strconv.ParseFloat(in, 64)
		fmt.Printf("64 %q => %v %b %s %s\n", in, f, f, strconv.FormatFloat(f, 'x', -1, 64), errText(err))
	}
	for _, in := range atof32 {
		f, err := strconv.ParseFloat(in, 32)
		f32 := float32(f)
		fmt.Printf("32 %q => %v %b %v %s\n", in, f32, f32, float64(f32) == f, errText(err))
	}
	for _, in := range atoc {
		c, err := strconv.ParseComplex(in, 128)
		c64, err64 := strconv.ParseComplex(in, 64)
		fmt.Printf("c %q => %v %s | %v %s\n", in, c, errText(err), c64, errText(err64))
	}
	// Round trips of values that stress the shortest-form search.
	for _, f := range []float64{8865794286000691 << 39, 8865794286000692 << 39, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308, 1 / 3.0, 0.1 + 0.2} {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f, err)
	}
	for i := uint32(0); i < 0xff<<23; i += 9999991 {
		f := math.Float32frombits(i)
		s := strconv.FormatFloat(float64(f), 'g', -1, 32)
		back, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, float32(back) == f, err)
	}
	for _, bits := range []int{0, 10, 32, 64, 100, 128} {
		f, err := strconv.ParseFloat("1.5e308", bits)
		fmt.Println(bits, f, err)
	}
}
