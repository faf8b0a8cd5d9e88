// math/bits' intrinsics (inline C++ builtins in gocxx) at their edges: zero, all ones,
// single bits, negative and oversized rotation counts, carries and borrows.
package main

import (
	"fmt"
	"math/bits"
)

func main() {
	vals64 := []uint64{0, 1, 2, 3, 0x80, 0xff00, 1 << 31, 1 << 32, 1<<63 - 1, 1 << 63, ^uint64(0), 0x0123456789abcdef}
	for _, x := range vals64 {
		fmt.Println(x, bits.Len64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x),
			bits.Len(uint(x)), bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x)), bits.OnesCount(uint(x)),
			bits.ReverseBytes64(x), bits.ReverseBytes(uint(x)))
		for _, k := range []int{-65, -64, -1, 0, 1, 13, 63, 64, 100} {
			fmt.Print(bits.RotateLeft64(x, k), " ", bits.RotateLeft(uint(x), k), " ")
		}
		fmt.Println()
		for _, y := range vals64[:6] {
			hi, lo := bits.Mul64(x, y)
			s, c := bits.Add64(x, y, 1)
			d, b := bits.Sub64(y, x, 1)
			s0, c0 := bits.Add64(x, y, 0)
			d0, b0 := bits.Sub64(x, y, 0)
			fmt.Println(hi, lo, s, c, d, b, s0, c0, d0, b0)
		}
	}
	vals32 := []uint32{0, 1, 0x80, 1 << 16, 1<<31 - 1, 1 << 31, ^uint32(0), 0x89abcdef}
	for _, x := range vals32 {
		fmt.Println(x, bits.Len32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x),
			bits.ReverseBytes32(x), bits.RotateLeft32(x, -33), bits.RotateLeft32(x, -1), bits.RotateLeft32(x, 5),
			bits.RotateLeft32(x, 32), bits.RotateLeft32(x, 45))
	}
}
