// Expression switches whose cases are nil (funcs, maps and slices compare
// only with nil) and tagless switches with interface-typed cases (compared
// with an implicit true). From Go's test/switch.go.
package main

import "fmt"

func kind(f func(), m map[int]int, s []int) string {
	out := ""
	switch f {
	case nil:
		out += "f nil, "
	default:
		out += "f set, "
	}
	switch m {
	case nil:
		out += "m nil, "
	default:
		out += "m set, "
	}
	switch s {
	case nil:
		out += "s nil"
	default:
		out += "s set"
	}
	return out
}

func main() {
	fmt.Println(kind(nil, nil, nil))
	fmt.Println(kind(func() {}, map[int]int{}, []int{}))
	var err error
	switch err {
	case nil:
		fmt.Println("err nil")
	}
	for _, v := range []interface{}{true, false, 1} {
		switch {
		case v:
			fmt.Println(v, "is true")
		case false:
			fmt.Println("unreachable")
		default:
			fmt.Println(v, "is not true")
		}
	}
}
