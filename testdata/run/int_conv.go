// Integer conversions truncate or sign/zero-extend.
package main

import "fmt"

func main() {
	big := 0x12345678
	fmt.Println("int8:", int8(big), "uint8:", uint8(big), "int16:", int16(big), "uint16:", uint16(big))
	neg := -1
	fmt.Println("uint8(-1):", uint8(neg), "uint16(-1):", uint16(neg), "uint32(-1):", uint32(neg), "uint64(-1):", uint64(neg))
	var b uint8 = 200
	fmt.Println("int8(200):", int8(b), "int(200):", int(b), "int64(int8(200)):", int64(int8(b)))
	var i8 int8 = -56
	fmt.Println("uint8(-56):", uint8(i8), "uint32(-56):", uint32(i8), "uint64(int8 -56):", uint64(i8))
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println("int32(0xFFFFFFFF):", int32(u32), "int64:", int64(u32), "int64(int32):", int64(int32(u32)))
	var u64 uint64 = 1<<63 + 5
	fmt.Println("int64(1<<63+5):", int64(u64), "uint32:", uint32(u64), "int16:", int16(u64))
	// Round trip through smaller types.
	for _, v := range []int{127, 128, 255, 256, -129, 32768, -32769} {
		fmt.Printf("%d -> int8 %d, uint8 %d, int16 %d\n", v, int8(v), uint8(v), int16(v))
	}
	// rune and byte are aliases.
	var r rune = -1
	fmt.Println("rune -1 as uint32:", uint32(r))
	fmt.Printf("%T %T\n", r, b)
}
