// Package math is a stub of math for fuzzing the frontend (gocxx).
package math

const (
	Pi                     = 3.14159265358979323846264338327950288419716939937510582097494459
	E                      = 2.71828182845904523536028747135266249775724709369995957496696763
	MaxInt                 = 1<<(64-1) - 1
	MinInt                 = -1 << (64 - 1)
	MaxInt8                = 1<<7 - 1
	MinInt8                = -1 << 7
	MaxInt32               = 1<<31 - 1
	MinInt32               = -1 << 31
	MaxInt64               = 1<<63 - 1
	MinInt64               = -1 << 63
	MaxUint32              = 1<<32 - 1
	MaxUint64              = 1<<64 - 1
	MaxFloat64             = 0x1p1023 * (1 + (1 - 0x1p-52))
	MaxFloat32             = 0x1p127 * (1 + (1 - 0x1p-23))
	SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52
)

func Sqrt(x float64) float64       { return x }
func Abs(x float64) float64        { return x }
func Floor(x float64) float64      { return x }
func Inf(sign int) float64         { return float64(sign) * MaxFloat64 }
func NaN() float64                 { return 0 }
func IsNaN(f float64) bool         { return f != f }
func Max(x, y float64) float64     { return x }
func Min(x, y float64) float64     { return y }
func Float64bits(f float64) uint64 { return 0 }
