// Map keys of struct, array, pointer-free interface, float and bool types;
// a key of uncomparable dynamic type panics.
package main

import "fmt"

type Coord struct{ X, Y int }

func main() {
	grid := map[Coord]string{}
	grid[Coord{1, 2}] = "a"
	grid[Coord{1, 2}] += "b"
	grid[Coord{0, 0}] = "origin"
	fmt.Println(len(grid), grid[Coord{1, 2}], grid)
	var ifm = map[interface{}]string{}
	ifm[1] = "int"
	ifm[int64(1)] = "int64"
	ifm["1"] = "string"
	ifm[Coord{1, 1}] = "coord"
	ifm[[2]int{1, 1}] = "array"
	fmt.Println(len(ifm), ifm[1], ifm[int64(1)], ifm[Coord{1, 1}])
	zero := map[float64]int{}
	zero[0.0] = 1
	negz := 0.0
	negz = -negz
	zero[negz] = 2
	fmt.Println(len(zero), zero[0])
	seen := map[string]bool{}
	dups := 0
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		if seen[w] {
			dups++
		}
		seen[w] = true
	}
	fmt.Println(dups, len(seen))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	ifm[[]int{1}] = "slice"
	fmt.Println("unreachable")
}
