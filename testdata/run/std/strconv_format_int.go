// strconv.Itoa, FormatInt, FormatUint, AppendInt, AppendUint in every base 2..36,
// at the int64/uint64 limits; FormatBool, AppendBool, ParseBool; and FormatInt's
// panic on an invalid base. Inputs from Go 1.19's src/strconv/itoa_test.go, atob_test.go.
package main

import (
	"fmt"
	"math"
	"strconv"
)

var itob64tests = []struct {
	in   int64
	base int
}{
	{0, 10},
	{1, 10},
	{-1, 10},
	{12345678, 10},
	{-987654321, 10},
	{1<<31 - 1, 10},
	{-1<<31 + 1, 10},
	{1 << 31, 10},
	{-1 << 31, 10},
	{1<<31 + 1, 10},
	{-1<<31 - 1, 10},
	{1<<32 - 1, 10},
	{-1<<32 + 1, 10},
	{1 << 32, 10},
	{-1 << 32, 10},
	{1<<32 + 1, 10},
	{-1<<32 - 1, 10},
	{1 << 50, 10},
	{1<<63 - 1, 10},
	{-1<<63 + 1, 10},
	{-1 << 63, 10},
	{0, 2},
	{10, 2},
	{-1, 2},
	{1 << 15, 2},
	{-8, 8},
	{057635436545, 8},
	{1 << 24, 8},
	{16, 16},
	{-0x123456789abcdef, 16},
	{1<<63 - 1, 16},
	{1<<63 - 1, 2},
	{-1 << 63, 2},
	{16, 17},
	{25, 25},
	{(((((17*35+24)*35+21)*35+34)*35+12)*35+24)*35 + 32, 35},
	{(((((17*36+24)*36+21)*36+34)*36+12)*36+24)*36 + 32, 36},
}

var uitob64tests = []struct {
	in   uint64
	base int
}{
	{1<<63 - 1, 10},
	{1 << 63, 10},
	{1<<63 + 1, 10},
	{1<<64 - 2, 10},
	{1<<64 - 1, 10},
	{1<<64 - 1, 2},
}

var varlenUints = []uint64{}

var atobtests = []string{
	"",
	"asdf",
	"0",
	"f",
	"F",
	"FALSE",
	"false",
	"False",
	"1",
	"t",
	"T",
	"TRUE",
	"true",
	"True",
	"tRUE", "yes", " true", "true ", "00", "-1",
}

func main() {
	for _, tt := range itob64tests {
		fmt.Println(tt.in, tt.base, strconv.FormatInt(tt.in, tt.base), string(strconv.AppendInt([]byte("abc"), tt.in, tt.base)))
		if tt.in >= 0 {
			fmt.Println(" u", strconv.FormatUint(uint64(tt.in), tt.base), string(strconv.AppendUint(nil, uint64(tt.in), tt.base)))
		}
		if tt.base == 10 && int64(int(tt.in)) == tt.in {
			fmt.Println(" itoa", strconv.Itoa(int(tt.in)))
		}
	}
	for _, tt := range uitob64tests {
		fmt.Println(tt.in, tt.base, strconv.FormatUint(tt.in, tt.base), string(strconv.AppendUint([]byte("abc"), tt.in, tt.base)))
	}
	for _, u := range varlenUints {
		fmt.Println(strconv.FormatUint(u, 10), strconv.FormatUint(u, 36), strconv.FormatUint(u, 7))
	}
	for base := 2; base <= 36; base++ {
		fmt.Println(base, strconv.FormatInt(math.MinInt64, base), strconv.FormatInt(math.MaxInt64, base),
			strconv.FormatUint(math.MaxUint64, base), strconv.FormatInt(-int64(base)*int64(base)+1, base))
	}
	for i := -5; i <= 105; i += 11 {
		fmt.Print(strconv.Itoa(i), " ", strconv.Itoa(i*1000003), " ")
	}
	fmt.Println()
	for _, s := range atobtests {
		b, err := strconv.ParseBool(s)
		fmt.Println(strconv.Quote(s), b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false),
		string(strconv.AppendBool([]byte("abc"), true)), string(strconv.AppendBool([]byte("abc"), false)))
	for _, base := range []int{1, 37, 0, -2} {
		func() {
			defer func() { fmt.Println("base", base, "recovered:", recover()) }()
			fmt.Println(strconv.FormatInt(12, base))
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(strconv.FormatUint(12, 99))
	}()
}
