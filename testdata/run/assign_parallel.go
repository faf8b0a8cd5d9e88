// Parallel (tuple) assignment: all right-hand sides and index/pointer
// operands on the left are evaluated first, then assigned left to right.
package main

import "fmt"

type P struct{ v int }

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 2 // sets i = 1, x[0] = 2
	fmt.Println(i, x)
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	j := 1
	x[j], j = 100, 2
	fmt.Println(j, x)
	n, s := pair()
	fmt.Println(n, s)
	_, s = pair()
	var p *P = &P{1}
	q := &P{2}
	p, p.v = q, 50 // p.v refers to the old p
	fmt.Println(p.v, q.v)
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
	}
	fmt.Println(f0, f1)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	var arr [3]int
	k := 0
	k, arr[k], arr[k+1] = 2, 10, 20
	fmt.Println(k, arr)
	s1, s2 := "x", "y"
	s1, s2 = s2+s1, s1+s2
	fmt.Println(s1, s2)
	v, ok := m["b"]
	fmt.Println(v, ok)
	var iface interface{} = 3
	num, isInt := iface.(int)
	fmt.Println(num, isInt)
}
