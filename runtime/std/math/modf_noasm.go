package math

// Adapted from Go 1.19 src/math/modf_noasm.go.

const haveArchModf = false

func archModf(f float64) (int float64, frac float64) {
	panic("not implemented")
}
