package math

// Adapted from Go 1.19 src/math/exp2_noasm.go.

const haveArchExp2 = false

func archExp2(x float64) float64 {
	panic("not implemented")
}
