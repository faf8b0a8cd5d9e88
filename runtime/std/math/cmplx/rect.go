package cmplx

// Adapted from Go 1.19 src/math/cmplx/rect.go.

import "math"

// Rect returns the complex number x with polar coordinates r, θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}
