// fmt integer verbs: bases, widths, signs, padding.
package main

import "fmt"

func main() {
	vals := []int{0, 7, -7, 255, -255, 1 << 40}
	for _, v := range vals {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o] [%b]\n",
			v, v, v, v, v, v, v, v, v, v, v, v)
	}
	var u8 uint8 = 200
	var i8 int8 = -100
	fmt.Printf("%d %x %08b %d %x\n", u8, u8, u8, i8, i8)
	fmt.Printf("%c %c %q %U %#U\n", 65, 0x4E16, 'x', 0x1F600, 'é')
	fmt.Printf("%v %v %v\n", int64(-1<<63), uint64(1<<64-1), uintptr(10))
	fmt.Printf("%08.3d|%.0d|%.0d|%6.2d\n", 5, 0, 1, -3)
	fmt.Println(int8(-128), int16(-32768), int32(-2147483648))
	fmt.Printf("%x %X\n", []byte{1, 0xab, 255}, "hi")
	fmt.Printf("% x|%#v|%#v\n", []byte{1, 2, 3}, 42, uint8(3))
}
