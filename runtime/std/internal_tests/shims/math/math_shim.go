//go:build ignore

package math

// Bodies of math's externs for std-compare, on Go's own math package.

import stdmath "math"

func Float32bits(f float32) uint32     { return stdmath.Float32bits(f) }
func Float32frombits(b uint32) float32 { return stdmath.Float32frombits(b) }
func Float64bits(f float64) uint64     { return stdmath.Float64bits(f) }
func Float64frombits(b uint64) float64 { return stdmath.Float64frombits(b) }
func FMA(x, y, z float64) float64      { return stdmath.FMA(x, y, z) }
func archFloor(x float64) float64      { return stdmath.Floor(x) }
func archCeil(x float64) float64       { return stdmath.Ceil(x) }
func archTrunc(x float64) float64      { return stdmath.Trunc(x) }
func archSqrt(x float64) float64       { return stdmath.Sqrt(x) }

// cpuHasFMA: std-compare runs on a CPU with AVX and FMA (tools/std-compare checks
// /proc/cpuinfo), so Go's own Exp takes its FMA path too.
func cpuHasFMA() bool { return true }
