// fmt on structs: %v, %+v, %#v, nested, pointers to structs print as &{...}
// at top level, nil pointers as <nil>.
package main

import "fmt"

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	F     float64
	Iface interface{}
	err   error
}

func main() {
	in := Inner{1, []string{"x", "y"}}
	o := Outer{Name: "o", In: in, M: map[string]int{"k": 1}, F: 2.5, Iface: 3}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", in)
	fmt.Println(&in)
	fmt.Printf("%+v\n", &in)
	var np *Inner
	fmt.Println(np)
	fmt.Printf("%v %+v\n", np, np)
	fmt.Println([]Inner{{1, nil}, {2, []string{}}})
	fmt.Println([]*Inner{nil})
	type pair struct {
		a, b interface{}
	}
	fmt.Printf("%v %+v\n", pair{1, "s"}, pair{nil, 2.0})
	fmt.Printf("%T %T\n", o, &in)
	fmt.Printf("%s\n", Inner{5, []string{"q"}})
	fmt.Printf("%d\n", Inner{5, []string{"q"}})
	fmt.Printf("%#v\n", struct {
		X int
		Y string
	}{1, "a"})
}
