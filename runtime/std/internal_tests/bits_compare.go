//go:build ignore

// compare: math/bits
package main

import (
	"fmt"
	"math/bits"
	"math/rand"

	gb "gocxx/math/bits"
	"stdcheck/cmp"
)

func main() {
	rnd := rand.New(rand.NewSource(8))
	xs := []uint64{0, 1, 2, 3, 1 << 63, 1<<64 - 1, 1<<32 - 1, 1 << 32, 0x5555555555555555}
	for i := 0; i < 20000; i++ {
		xs = append(xs, rnd.Uint64()>>uint(rnd.Intn(64)))
	}
	for i, x := range xs {
		y := xs[(i*7+1)%len(xs)]
		q := fmt.Sprintf("(%#x,%#x)", x, y)
		cmp.Eq("counts"+q, []int{gb.LeadingZeros64(x), gb.TrailingZeros64(x), gb.OnesCount64(x), gb.Len64(x), gb.LeadingZeros32(uint32(x)), gb.TrailingZeros32(uint32(x)), gb.OnesCount32(uint32(x)), gb.Len32(uint32(x)), gb.LeadingZeros16(uint16(x)), gb.TrailingZeros16(uint16(x)), gb.OnesCount16(uint16(x)), gb.Len16(uint16(x)), gb.LeadingZeros8(uint8(x)), gb.TrailingZeros8(uint8(x)), gb.OnesCount8(uint8(x)), gb.Len8(uint8(x)), gb.Len(uint(x)), gb.OnesCount(uint(x)), gb.LeadingZeros(uint(x)), gb.TrailingZeros(uint(x))},
			[]int{bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)), bits.Len16(uint16(x)), bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)), bits.Len(uint(x)), bits.OnesCount(uint(x)), bits.LeadingZeros(uint(x)), bits.TrailingZeros(uint(x))})
		k := int(y%130) - 65
		cmp.Eq("rotate/reverse"+q, []uint64{gb.RotateLeft64(x, k), uint64(gb.RotateLeft32(uint32(x), k)), uint64(gb.RotateLeft16(uint16(x), k)), uint64(gb.RotateLeft8(uint8(x), k)), gb.Reverse64(x), uint64(gb.Reverse32(uint32(x))), gb.ReverseBytes64(x), uint64(gb.ReverseBytes32(uint32(x))), uint64(gb.ReverseBytes16(uint16(x))), uint64(gb.Reverse8(uint8(x))), uint64(gb.Reverse16(uint16(x))), uint64(gb.RotateLeft(uint(x), k)), uint64(gb.Reverse(uint(x))), uint64(gb.ReverseBytes(uint(x)))},
			[]uint64{bits.RotateLeft64(x, k), uint64(bits.RotateLeft32(uint32(x), k)), uint64(bits.RotateLeft16(uint16(x), k)), uint64(bits.RotateLeft8(uint8(x), k)), bits.Reverse64(x), uint64(bits.Reverse32(uint32(x))), bits.ReverseBytes64(x), uint64(bits.ReverseBytes32(uint32(x))), uint64(bits.ReverseBytes16(uint16(x))), uint64(bits.Reverse8(uint8(x))), uint64(bits.Reverse16(uint16(x))), uint64(bits.RotateLeft(uint(x), k)), uint64(bits.Reverse(uint(x))), uint64(bits.ReverseBytes(uint(x)))})
		for c := uint64(0); c < 2; c++ {
			s1, c1 := gb.Add64(x, y, c)
			s2, c2 := bits.Add64(x, y, c)
			d1, b1 := gb.Sub64(x, y, c)
			d2, b2 := bits.Sub64(x, y, c)
			t1, u1 := gb.Add32(uint32(x), uint32(y), uint32(c))
			t2, u2 := bits.Add32(uint32(x), uint32(y), uint32(c))
			cmp.Eq("add/sub"+q, []uint64{s1, c1, d1, b1, uint64(t1), uint64(u1)}, []uint64{s2, c2, d2, b2, uint64(t2), uint64(u2)})
		}
		h1, l1 := gb.Mul64(x, y)
		h2, l2 := bits.Mul64(x, y)
		cmp.Eq("Mul64"+q, []uint64{h1, l1}, []uint64{h2, l2})
		hi, lo := x%(y|1), y
		q1, r1 := gb.Div64(hi, lo, y|1)
		q2, r2 := bits.Div64(hi, lo, y|1)
		cmp.Eq("Div64"+q, []uint64{q1, r1, gb.Rem64(x, y, y|1)}, []uint64{q2, r2, bits.Rem64(x, y, y|1)})
	}
	cmp.Eq("Div64 overflow", cmp.Panics(func() { gb.Div64(5, 0, 3) }), cmp.Panics(func() { bits.Div64(5, 0, 3) }))
	cmp.Eq("Div64 zero", cmp.Panics(func() { gb.Div64(0, 1, 0) }), cmp.Panics(func() { bits.Div64(0, 1, 0) }))
	cmp.Eq("UintSize", gb.UintSize, bits.UintSize)
	cmp.Done("math/bits")
}
