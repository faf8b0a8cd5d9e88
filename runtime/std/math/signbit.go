package math

// Adapted from Go 1.19 src/math/signbit.go.

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&(1<<63) != 0
}
