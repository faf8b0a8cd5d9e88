// Unsigned integer arithmetic is modulo 2^n; negation of unsigned wraps.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a uint8 = 255
	a++
	fmt.Println("uint8 255+1:", a)
	a = 0
	a--
	fmt.Println("uint8 0-1:", a)
	a = 200
	fmt.Println("uint8 200+100:", a+100, "200*2:", a*2, "-200:", -a)

	var b uint16 = 0
	b -= 3
	fmt.Println("uint16 0-3:", b)
	b = 65535
	fmt.Println("uint16 65535*65535:", b*b)

	var c uint32 = math.MaxUint32
	c += 5
	fmt.Println("uint32 max+5:", c)
	c = 7
	fmt.Println("uint32 -7:", -c, "^7:", ^c)

	var d uint64 = math.MaxUint64
	fmt.Println("uint64 max:", d, "max+1:", d+1, "max*max:", d*d)
	d = 1
	fmt.Println("uint64 -1:", -d)

	var e uint = 0
	e--
	fmt.Println("uint 0-1:", e)

	var p uintptr = 0
	p--
	fmt.Println("uintptr 0-1 == max:", p == math.MaxUint64)

	// byte is uint8.
	var by byte = 'A'
	by += 200
	fmt.Println("byte 'A'+200:", by)

	// Loop counting down with unsigned needs care.
	n := 0
	for i := uint8(250); i >= 250; i++ {
		n++
	}
	fmt.Println("iterations until wrap:", n)
}
