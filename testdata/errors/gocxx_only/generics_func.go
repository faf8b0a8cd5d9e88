// errorcheck
// gocxx: generics are not supported yet

// Generic functions: valid Go 1.19 (gc accepts this file), rejected by
// gocxx with one error per declaration that has type parameters; uses of
// those functions are not reported again.

package main

import "fmt"

func Map[T, U any](s []T, f func(T) U) []U { // ERROR "generics are not supported yet"
	out := make([]U, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) int { // ERROR "generics are not supported yet"
	return len(m)
}

func Identity[T any](v T) T { return v } // ERROR "generics are not supported yet"

func main() {
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	fmt.Println(Keys(map[string]int{"a": 1}), Identity[float64](2.5))
	var f func(int) int = Identity[int]
	fmt.Println(f(3))
}
