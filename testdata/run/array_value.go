// Arrays are values: assignment and calls copy them; == compares elements.
package main

import "fmt"

type Point struct{ X, Y int }

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == b, a != b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a, a == c)
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[1][1] = 40
	fmt.Println(grid, g2, grid == g2)
	pts := [2]Point{{1, 2}, {3, 4}}
	pts2 := [...]Point{{1, 2}, {3, 4}}
	fmt.Println(pts == pts2, len(pts2))
	idx := [...]string{2: "two", 5: "five"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q %v %T\n", idx, [0]int{}, idx)
	m := map[[2]int]string{{1, 2}: "a", {0, 0}: "b"}
	fmt.Println(m[[2]int{1, 2}], m)
	var zero [3]bool
	fmt.Println(zero, zero == [3]bool{})
	p := &a
	p[2] = 7
	fmt.Println(a, len(p))
	arrs := []([2]int){{1, 1}, {2, 2}}
	for _, x := range arrs {
		x[0] = 99
	}
	fmt.Println(arrs)
}
