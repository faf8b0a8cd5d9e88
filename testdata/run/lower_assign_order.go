// Tuple assignments and range assignments are parallel: the index and
// pointer operands on the left are evaluated before anything is assigned
// (spec: Assignment statements). From Go's test/reorder.go and range.go.
package main

import "fmt"

func fp() (*int, int) { return nil, 42 }

func pair() (int, string) { return 1, "one" }

func main() {
	p := new(int)
	q := p
	p, *p = fp()
	fmt.Println(p == nil, *q)

	var i interface{}
	b := new(bool)
	b, *b = i.(*bool)
	fmt.Println(b == nil)

	xs := []int{10, 20}
	k := 0
	k, xs[k] = pair2()
	fmt.Println(k, xs)

	m := map[string]int{}
	key := "a"
	key, m[key] = "b", 5
	fmt.Println(key, m)

	var s string
	n := 0
	labels := []string{"x", "y"}
	n, labels[n] = pair()
	_ = s
	fmt.Println(n, labels)

	x := []int{10, 20}
	y := []int{99}
	j := 1
	for j, x[j] = range y {
		break
	}
	fmt.Println(j, x)
}

func pair2() (int, int) { return 1, 100 }
