// The print/println builtins on every basic kind, named types, NaN, ±Inf and complex
// values (runtime formatting: +1.500000e+000), and panics with named float and complex
// values, re-panicking from a deferred recover ("[recovered]").
package main

import (
	"fmt"
	"math"
)

type Temp float64
type Name string
type Code int8
type Cx complex64

func main() {
	println(true, false, int8(-5), uint64(math.MaxUint64), "str", 'x', uintptr(7))
	println(math.NaN(), -math.MaxFloat32, float32(math.Inf(-1)), Temp(2.5), Code(-3), Name("nm"))
	println(complex(math.NaN(), math.Inf(1)), Cx(complex(1, -1)))
	println()
	print("no newline", 1, 2, "\n")
	print(1.0, 2, "\n")
	var ip *int
	println(ip)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(Temp(math.Inf(-1)))
	}()
	panic(Cx(complex(math.NaN(), 2)))
}
