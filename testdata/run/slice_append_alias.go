// append results aliasing: two appends to the same slice with spare
// capacity overwrite each other; appending a slice to itself.
package main

import "fmt"

func main() {
	s := make([]int, 3, 4)
	a := append(s, 1)
	b := append(s, 2)
	fmt.Println(a, b, s)
	t := []int{1, 2, 3}
	c := append(t, 4)
	d := append(t, 5)
	fmt.Println(c, d, t)
	u := []int{1, 2}
	u = append(u, u...)
	u = append(u, u...)
	fmt.Println(u, len(u))
	v := []int{1, 2, 3, 4, 5}
	v = append(v[:1], v[2:]...)
	fmt.Println(v, len(v), cap(v))
	w := []int{1, 2, 3, 4, 5}
	w = append(w[:2], append([]int{9}, w[2:]...)...)
	fmt.Println(w)
	var x []string
	x = append(x)
	fmt.Println(x == nil)
	y := []byte("ab")
	y = append(y, "cd"...)
	fmt.Println(string(y))
	queue := []int{1, 2, 3}
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		if head < 3 {
			queue = append(queue, head*10)
		}
		fmt.Print(head, " ")
	}
	fmt.Println()
	stack := []string{}
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top)
	}
	fmt.Println()
}
