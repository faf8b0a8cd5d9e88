// Interface comparison: equal when dynamic types and values are equal;
// comparing uncomparable dynamic types panics at run time.
package main

import "fmt"

type P struct{ X int }

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = P{1}, P{1}
	fmt.Println(a == b)
	a, b = &P{1}, &P{1}
	fmt.Println(a == b)
	p := &P{2}
	a, b = p, p
	fmt.Println(a == b)
	a = "s"
	fmt.Println(a == "s", a != "t")
	var e1, e2 error
	fmt.Println(e1 == e2)
	a, b = []int{1}, []int{1}
	try("slices", func() bool { return a == b })
	a, b = []int{1}, 1
	try("slice vs int", func() bool { return a == b })
	a, b = map[int]int{}, map[int]int{}
	try("maps", func() bool { return a == b })
	type WithSlice struct{ S []int }
	a, b = WithSlice{}, WithSlice{}
	try("struct with slice", func() bool { return a == b })
	a, b = [1]interface{}{[]int{}}, [1]interface{}{[]int{}}
	try("array of iface holding slice", func() bool { return a == b })
	f := func() {}
	a, b = f, f
	try("funcs", func() bool { return a == b })
	a, b = nil, []int{}
	try("nil vs slice", func() bool { return a == b })
	var s fmt.Stringer
	var x interface{} = s
	fmt.Println(x == nil)
}
