// Shifts: counts >= the width give 0 (or -1 for negative signed >>),
// signed >> is arithmetic, unsigned >> is logical.
package main

import "fmt"

func main() {
	var s uint = 70
	var x int64 = 1
	var u uint64 = 1
	fmt.Println("1<<70 int64:", x<<s, "uint64:", u<<s)
	var n int64 = -8
	fmt.Println("-8>>1:", n>>1, "-8>>70:", n>>s, "8>>70:", int64(8)>>s)
	var i8 int8 = -128
	fmt.Println("int8 -128>>7:", i8>>7, "-128>>100:", i8>>100)
	var b uint8 = 0x81
	fmt.Println("uint8 0x81<<1:", b<<1, "0x81>>1:", b>>1)
	var i32 int32 = 1
	fmt.Println("int32 1<<31:", i32<<31, "1<<32:", i32<<32)
	for _, k := range []uint{0, 1, 7, 8, 9, 31, 32, 63, 64, 65} {
		fmt.Printf("k=%d int8:%d uint16:%d int32:%d uint64:%d int:%d\n",
			k, int8(1)<<k, uint16(0xffff)<<k, int32(-1)<<k, uint64(1)<<k, -1>>k)
	}
	// Shift counts may be signed integers (non-negative) since Go 1.13.
	c := 3
	fmt.Println("5<<c:", 5<<c, "-20>>c:", -20>>c)
	// Unsigned right shift is logical.
	var m uint32 = 0x80000000
	fmt.Println("uint32 0x80000000>>31:", m>>31, "int32(m)>>31:", int32(m)>>31)
	// Shift of an untyped constant in a typed context.
	var f int16 = 1 << 10
	fmt.Println("int16 1<<10:", f)
	// Shifting a negative count panics (recovered here).
	defer func() { fmt.Println("recovered:", recover()) }()
	neg := -1
	fmt.Println(1 << neg)
}
