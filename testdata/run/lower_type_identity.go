// Identical types share one run-time descriptor: byte and uint8, rune and
// int32, func types that differ only in parameter names; distinct local
// types with the same name do not (and their descriptors do not clash).
// From Go's test/alias1.go and bigmap.go.
package main

import "fmt"

func local1() interface{} {
	type T struct{ a int }
	return T{1}
}

func local2() interface{} {
	type T struct{ a int }
	return T{1}
}

func main() {
	var x interface{} = byte(1)
	switch x.(type) {
	case uint8:
		fmt.Println("byte is uint8")
	default:
		fmt.Println("byte is not uint8")
	}
	x = rune(3)
	_, ok := x.(int32)
	fmt.Println("rune is int32:", ok)
	var f interface{} = func(a int) string { return fmt.Sprint(a) }
	g, ok := f.(func(b int) string)
	fmt.Println(ok, g(7))
	a, b := local1(), local2()
	fmt.Println(a == b, a == local1())
	fmt.Printf("%T %T %v\n", a, b, a)
	m := map[interface{}]int{byte(1): 1}
	fmt.Println(m[uint8(1)])
}
