// complex64/complex128: arithmetic, real/imag, printing, comparison.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b, a+b, a-b, a*b, a/b)
	fmt.Println(real(a), imag(b), a == complex(1, 2), a != b)
	var c64 complex64 = complex64(a)
	fmt.Println(c64, c64*c64, real(c64))
	fmt.Printf("%v %.2f %g %e %T %T\n", a, b, a*a, b, a, c64)
	fmt.Printf("[%8.2f]\n", 1.5+2.5i)
	fmt.Println(cmplx.Abs(b), cmplx.Sqrt(-1), cmplx.Conj(a))
	z := 1i * 1i
	fmt.Println(z, z == -1)
	var zero complex128
	fmt.Println(zero, a/zero)
	fmt.Println(complex(math.Inf(1), math.NaN()))
	const k = 2i * 2i
	fmt.Println(k, real(k))
	s := []complex128{1, 1i, -1, -1i}
	prod := complex(1, 0)
	for _, v := range s {
		prod *= v
	}
	fmt.Println(prod)
}
