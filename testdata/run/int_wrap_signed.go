// Signed integer arithmetic wraps around (two's complement) at every size.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 127+1:", a)
	a = -128
	a--
	fmt.Println("int8 -128-1:", a)
	var b int8 = 100
	fmt.Println("int8 100*3:", b*3)
	var neg int8 = -128
	fmt.Println("int8 -(-128):", -neg)

	var c int16 = math.MaxInt16
	c += 1
	fmt.Println("int16 max+1:", c)
	c = 300
	fmt.Println("int16 300*300:", c*c)

	var d int32 = math.MaxInt32
	d++
	fmt.Println("int32 max+1:", d)
	d = 1 << 30
	fmt.Println("int32 (1<<30)*4:", d*4)
	d = math.MinInt32
	fmt.Println("int32 -min:", -d, "min-1:", d-1)

	var e int64 = math.MaxInt64
	e++
	fmt.Println("int64 max+1:", e)
	e = math.MinInt64
	fmt.Println("int64 -min:", -e)
	e = 3037000500
	fmt.Println("int64 3037000500^2:", e*e)

	var f int = math.MaxInt
	f += 2
	fmt.Println("int max+2:", f)

	// Multiplication wraps, then the result is used.
	var h int32 = 123456789
	fmt.Println("int32 h*h:", h*h, "h*h/7:", h*h/7)
	var acc int8
	for i := 0; i < 20; i++ {
		acc += 13
	}
	fmt.Println("int8 20*13:", acc)
}
