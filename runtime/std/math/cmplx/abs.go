// Package cmplx provides basic constants and mathematical functions for complex numbers (gocxx standard library subset).
package cmplx

// Adapted from Go 1.19 src/math/cmplx/abs.go.

import "math"

// Abs returns the absolute value (also called the modulus) of x.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }
