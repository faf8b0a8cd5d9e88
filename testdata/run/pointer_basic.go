// Pointers: new, address-of locals (escaping), pointers to fields and
// elements, pointer equality, swapping through pointers.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func newCounter() *int {
	c := 0
	return &c
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := new(int)
	fmt.Println(*p)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, p == q)
	c1 := newCounter()
	c2 := newCounter()
	*c1 += 5
	fmt.Println(*c1, *c2, c1 == c2)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	n := Node{Val: 1}
	fv := &n.Val
	*fv = 10
	fmt.Println(n.Val)
	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{i, head}
	}
	for cur := head; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 7
	fmt.Println(*p)
	var nilp *int
	fmt.Println(nilp == nil)
	s := []int{1, 2}
	ps := &s
	*ps = append(*ps, 3)
	fmt.Println(s, len(*ps))
	st := &struct{ A, B int }{1, 2}
	st.B = 5
	fmt.Println(*st)
}
