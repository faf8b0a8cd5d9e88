// Untyped constant shift counts are uints, whatever their kind: floats,
// complexes and values beyond int64 (math.MaxUint). From Go's test/shift3.go.
package main

import (
	"fmt"
	"math"
)

func main() {
	var x int = 1
	fmt.Println(x<<1, x<<1., x<<(1+0i), x<<0i)
	fmt.Println(x<<(1<<x), x<<(1.<<x), x<<((1+0i)<<x))
	const M = math.MaxUint
	fmt.Println(x<<(M+0), x<<(M+0.), x<<(M+0.+0i), x>>(M+0))
	y := 3
	y <<= 2.0
	y >>= (1 + 0i)
	fmt.Println(y)
}
