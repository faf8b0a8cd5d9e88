package sort

// Adapted from Go 1.19 src/sort/slice.go: reflectlite.Swapper and Value.Len are runtime
// externs in gocxx.

import "math/bits"

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use SliceStable.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func Slice(x any, less func(i, j int) bool) {
	swap := reflectSwapper(x)
	length := reflectLen(x)
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
func SliceStable(x any, less func(i, j int) bool) {
	swap := reflectSwapper(x)
	stable_func(lessSwap{less, swap}, reflectLen(x))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := reflectLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// reflectSwapper returns a function that swaps the elements i and j of the slice x, as Go's
// reflect.Swapper; it panics if x is not a slice ("reflect: call of Swapper on int Value").
//
//gocxx:extern
func reflectSwapper(x any) func(i, j int)

// reflectLen returns len of the slice x, as reflect.ValueOf(x).Len(); it panics if x is not a
// slice, array, map, chan or string ("reflect: call of reflect.Value.Len on int Value").
//
//gocxx:extern
func reflectLen(x any) int
