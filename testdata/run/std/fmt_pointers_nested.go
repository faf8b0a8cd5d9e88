// Pointers: at the top level a pointer to an array, slice, struct or map prints as
// &{...}; deeper down it would print as an address, so only nil pointers are printed
// there. %p, %#v and the base verbs on nil pointers, nil funcs, chans, maps, slices.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Pair struct {
	A *int
	B []int
	M map[string]int
}

type Inner struct{ X, Y int }

type Outer struct {
	Name  string
	In    Inner
	InPtr *Inner
	List  []Inner
	Any   any
}

func main() {
	n := &Node{Val: 1}
	fmt.Println(n, *n)
	fmt.Printf("%v|%+v|%#v\n", n, n, n)
	fmt.Printf("%v|%+v|%#v\n", Pair{}, Pair{}, Pair{})
	fmt.Printf("%v|%+v\n", &Pair{B: []int{1}}, &Pair{M: map[string]int{"a": 1}})
	o := Outer{Name: "o", In: Inner{1, 2}, List: []Inner{{3, 4}}, Any: Inner{5, 6}}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	fmt.Printf("%v\n%+v\n", &o, &o)
	fmt.Println(&[]int{1, 2}, &[2]string{"a", "b"}, &map[int]int{1: 1}, &Inner{7, 8})
	fmt.Println(&[]any{nil, 1}, &struct{}{}, &[0]int{})
	var np *Node
	var ip *int
	var f func()
	var ch chan int
	var m map[int]int
	var s []int
	var e error
	fmt.Println(np, ip, f == nil, ch, m, s, e)
	fmt.Printf("%v|%+v|%#v|%T\n", np, np, np, np)
	fmt.Printf("%v|%#v|%T\n", ip, ip, ip)
	fmt.Printf("%#v|%T\n", f, f)
	fmt.Printf("%v|%#v|%T\n", ch, ch, ch)
	fmt.Printf("%p|%#p|%8p|%-8p|%08p\n", ip, ip, ip, ip, ip)
	fmt.Printf("%p|%p|%p|%p\n", np, f, ch, m)
	fmt.Printf("%p|%p|%p\n", s, 5, "str")
	fmt.Printf("%d|%x|%X|%o|%b|%s\n", ip, ip, ip, ip, ip, ip)
	fmt.Printf("%#d|%#x|%#o\n", ip, ip, ip)
	fmt.Printf("%v|%d|%s\n", []*int{nil, nil}, []*int{nil}, []*Node{nil})
	fmt.Printf("%v|%+v|%#v\n", [2]*Inner{}, struct{ P *Inner }{}, struct{ P *Inner }{})
	fmt.Printf("%#v\n", []any{nil, (*int)(nil), (*Node)(nil), []int(nil), map[string]int(nil), (func(int) string)(nil), (chan<- bool)(nil)})
	fmt.Printf("%T %T %T %T\n", (chan<- bool)(nil), (<-chan []int)(nil), (func(int, ...string) (bool, error))(nil), struct {
		A int
		b []*string
	}{})
	fmt.Printf("%T %T %T\n", [3]*[]map[string]int{}, []any{}, []error{})
	fmt.Printf("%v %v\n", **&n, &*n)
	pp := &n
	fmt.Printf("%v\n", **pp)
	x := 5
	px := &x
	fmt.Println(*px, px != nil)
	fmt.Printf("%v %d\n", *px, *px)
}
