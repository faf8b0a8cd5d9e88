// Pins Go 1.19's append growth: doubling below 256 elements, then the
// smoothed 1.25x formula, rounded up to malloc size classes.
package main

import "fmt"

type Triple struct{ a, b, c int64 }

func main() {
	var ints []int
	last := -1
	for i := 0; i < 5000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			last = cap(ints)
			fmt.Print(len(ints), ":", cap(ints), " ")
		}
	}
	fmt.Println()
	var bytes []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bytes = append(bytes, byte(i))
		if cap(bytes) != last {
			last = cap(bytes)
			fmt.Print(cap(bytes), " ")
		}
	}
	fmt.Println()
	var i32 []int32
	last = -1
	for i := 0; i < 3000; i++ {
		i32 = append(i32, int32(i))
		if cap(i32) != last {
			last = cap(i32)
			fmt.Print(cap(i32), " ")
		}
	}
	fmt.Println()
	var trip []Triple
	last = -1
	for i := 0; i < 1000; i++ {
		trip = append(trip, Triple{})
		if cap(trip) != last {
			last = cap(trip)
			fmt.Print(cap(trip), " ")
		}
	}
	fmt.Println()
	var strs []string
	last = -1
	for i := 0; i < 600; i++ {
		strs = append(strs, "")
		if cap(strs) != last {
			last = cap(strs)
			fmt.Print(cap(strs), " ")
		}
	}
	fmt.Println()
	// Appending many elements at once: the new cap is at least the needed length.
	a := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(a), cap(a))
	b := append([]byte("hello"), " world, this is long"...)
	fmt.Println(len(b), cap(b))
	c := append(make([]int, 0, 5), make([]int, 11)...)
	fmt.Println(len(c), cap(c))
	d := append([]int(nil), 1)
	fmt.Println(len(d), cap(d))
	e := append(make([]int64, 300), 1)
	fmt.Println(len(e), cap(e))
	f := append([]byte{}, make([]byte, 33)...)
	fmt.Println(len(f), cap(f))
}
