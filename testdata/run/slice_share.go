// Slices share their backing array until append reallocates.
package main

import "fmt"

func modify(s []int) {
	s[0] = 100
}

func grow(s []int) []int {
	return append(s, 99)
}

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3]
	fmt.Println(s, len(s), cap(s))
	s[0] = 20
	fmt.Println(arr)
	s = append(s, 40)
	fmt.Println(arr, s)
	s = append(s, 50, 60)
	s[0] = -1
	fmt.Println(arr, s)
	t := []int{1, 2, 3}
	modify(t)
	fmt.Println(t)
	u := make([]int, 2, 10)
	v := grow(u)
	w := grow(u)
	fmt.Println(u, v, w, &v[2] == &w[2])
	x := t[:]
	x[1] = 7
	fmt.Println(t, x)
	y := t[1:]
	y = append(y[:1], 8)
	fmt.Println(t, y)
	var grid [3][]int
	for i := range grid {
		grid[i] = make([]int, i+1)
	}
	grid[2][1] = 5
	fmt.Println(grid)
	row := grid[2]
	row[0] = 9
	fmt.Println(grid[2])
}
