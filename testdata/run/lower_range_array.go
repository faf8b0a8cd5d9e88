// Ranging over arrays: a range expression with calls is evaluated even when
// only the length matters, and [0]T ranges with a value variable compile.
// From Go's test/range.go.
package main

import "fmt"

var calls int

func makearray() [5]int {
	calls++
	return [5]int{1, 2, 3, 4, 5}
}

func main() {
	n := 0
	for range makearray() {
		n++
	}
	for i := range makearray() {
		n += i
	}
	fmt.Println(n, calls)
	for i, v := range [0]int{} {
		fmt.Println("never", i, v)
	}
	var arr [3]string
	for i := range arr {
		arr[i] = fmt.Sprint(i * i)
	}
	fmt.Println(arr)
}
