// Assorted verb/operand mismatches and corner cases: -0 constants, float32 rounding,
// integer wraparound, %c/%q/%U on invalid runes, widths on multibyte strings,
// precision on %v of strings and slices, %s/%x through structs and nested byte slices,
// rune slices, and Go-syntax hex of negative numbers.
package main

import (
	"fmt"
	"math"
	"os"
)

type T struct {
	A int
	B string
}

func main() {
	fmt.Println(-0.0, 1/math.Inf(-1), float32(-0.0))
	const c = 1.0 / 3
	fmt.Println(c, float32(c), c*3 == 1)
	var f32 float32 = 16777216.0
	fmt.Println(f32+1, f32*1.5, float32(0.1)+float32(0.2), 0.1+0.2)
	x := 0.1
	fmt.Println(x+0.2, float32(x)+0.2)
	fmt.Printf("%v %v\n", float32(1)/float32(3)*3, math.Float32bits(float32(1)/3))
	var i8 int8 = 127
	i8++
	u8 := uint8(200)
	mi := int64(math.MinInt64)
	fmt.Println(i8, u8+100, -mi == mi)
	var u uint32 = 1 << 31
	fmt.Println(u<<1, int32(u), int64(int32(u)))
	fmt.Printf("%08b %o %x %X %#o %#x %#X %#b\n", uint8(5), -8, -255, int8(-128), 0, 0, 255, -5)
	fmt.Printf("%x %x %x\n", int8(-1), int16(-1), uint8(255))
	fmt.Printf("%c|%c|%c|%q|%U|%#U\n", 0x1F600, -5, 0x110000, 0xD800, 0x10FFFF+1, 0x7f)
	fmt.Printf("%-5s|%5s|%.1s|%-4q|\n", "日本", "日本", "日本", 'é')
	fmt.Printf("%6.2v|%.1v|%.2v|%.0v\n", "hello", []string{"abc", "de"}, 3.14159, 12)
	fmt.Printf("%v %v\n", T{1, "x"}, []T{{2, "y"}})
	fmt.Printf("%s %x %X % x %q\n", struct{ B []byte }{[]byte("hi")}, struct{ B []byte }{[]byte("hi")}, [][]byte{[]byte("ab")}, []string{"ab", "cd"}, [][]byte{[]byte("q")})
	fmt.Printf("%d %s %c %q\n", []any{1, "a"}, 'x', "str", 3.5)
	fmt.Printf("%x %X %x %.2x\n", 3.5, -1.0, 1+2i, float32(0.1))
	fmt.Printf("%t %t %v\n", "true", 1, []bool{true})
	fmt.Printf("%08.3d|%-08d|%+08d|% 08d|%x|%#08x\n", -5, -5, 5, 5, -5, 5)
	fmt.Printf("%v|%6v|%-6v|%06v\n", true, true, false, true)
	fmt.Printf("%10.3q|%-10x|%010s\n", "abcdef", "ab", "ab")
	fmt.Printf("%5.1f%%|%3c|%-3c|\n", 99.95, 'a', 'b')
	fmt.Printf("%e %g %G %.3g %.10g\n", 123456789.0, 1e-5, 1e21, 1234.0, 1.0/3)
	fmt.Printf("%g %g %g %g %v %v\n", 100000.0, 1000000.0, 1e20, 1e21, float32(1e20), float32(16777216))
	fmt.Printf("%.0e %.0f %.0g %#.0e %#.3x\n", 5.5, 5.5, 5.5, 5.5, 5.5)
	fmt.Fprintln(os.Stdout, 1e100, 1e-100, 123e45)
	var ip *int
	fmt.Printf("%v %s %d\n", ip, ip, []*int{ip})
	type pair struct{ a, b any }
	fmt.Printf("%v %+v\n", pair{nil, 1}, pair{[]int{1}, map[string]int{}})
	fmt.Printf("%v\n", [][]string{{"a"}, {"b", "c"}})
	fmt.Printf("%q\n", []any{"a", 1, 'b', []byte("c"), nil})
	fmt.Printf("%v %v\n", int64(math.MinInt64), uint64(math.MaxUint64))
	fmt.Printf("%.3s|%.10s|%5.2s|\n", []byte("abcdef"), "ab", []rune("xyz"))
	fmt.Printf("%s|%v|%d|%q|%x|%U\n", []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"), []rune("hé"))
	fmt.Printf("%v|%c|%q|%U\n", []int32{65}, []int32{65, 0x263a}, []int32{65}, []int32{65})
}
