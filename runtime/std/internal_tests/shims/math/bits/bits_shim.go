//go:build ignore

package bits

// Bodies of math/bits' externs for std-compare, on Go's own math/bits. gocxx implements
// these as inline C++ builtins (runtime/std/math/bits/extern.h); the golden program
// testdata/run/std/bits_intrinsics.go checks those against real Go.

import gobits "math/bits"

func LeadingZeros(x uint) int                  { return gobits.LeadingZeros(x) }
func LeadingZeros32(x uint32) int              { return gobits.LeadingZeros32(x) }
func LeadingZeros64(x uint64) int              { return gobits.LeadingZeros64(x) }
func TrailingZeros(x uint) int                 { return gobits.TrailingZeros(x) }
func TrailingZeros32(x uint32) int             { return gobits.TrailingZeros32(x) }
func TrailingZeros64(x uint64) int             { return gobits.TrailingZeros64(x) }
func OnesCount(x uint) int                     { return gobits.OnesCount(x) }
func OnesCount32(x uint32) int                 { return gobits.OnesCount32(x) }
func OnesCount64(x uint64) int                 { return gobits.OnesCount64(x) }
func RotateLeft(x uint, k int) uint            { return gobits.RotateLeft(x, k) }
func RotateLeft32(x uint32, k int) uint32      { return gobits.RotateLeft32(x, k) }
func RotateLeft64(x uint64, k int) uint64      { return gobits.RotateLeft64(x, k) }
func ReverseBytes(x uint) uint                 { return gobits.ReverseBytes(x) }
func ReverseBytes32(x uint32) uint32           { return gobits.ReverseBytes32(x) }
func ReverseBytes64(x uint64) uint64           { return gobits.ReverseBytes64(x) }
func Len(x uint) int                           { return gobits.Len(x) }
func Len32(x uint32) int                       { return gobits.Len32(x) }
func Len64(x uint64) int                       { return gobits.Len64(x) }
func Add64(x, y, carry uint64) (uint64, uint64) { return gobits.Add64(x, y, carry) }
func Sub64(x, y, borrow uint64) (uint64, uint64) { return gobits.Sub64(x, y, borrow) }
func Mul64(x, y uint64) (uint64, uint64)       { return gobits.Mul64(x, y) }
