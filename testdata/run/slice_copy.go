// copy copies min(len(dst), len(src)) elements, handles overlap, and
// copies bytes from a string.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty))
	// A copy is independent of the original.
	orig := []string{"a", "b"}
	dup := append([]string(nil), orig...)
	dup[0] = "z"
	fmt.Println(orig, dup)
	// Clone of a 2D slice is shallow.
	grid := [][]int{{1}, {2}}
	shallow := make([][]int, len(grid))
	copy(shallow, grid)
	shallow[0][0] = 100
	shallow[1] = []int{200}
	fmt.Println(grid, shallow)
	arr := [4]int{9, 9, 9, 9}
	copy(arr[1:], []int{7, 8})
	fmt.Println(arr)
}
