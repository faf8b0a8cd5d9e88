// Identical types share one run-time descriptor: byte and uint8, rune and
// int32, func types that differ only in parameter names; distinct local
// types with the same name do not (and their descriptors do not clash).
// Embedded fields written through an alias are named by the alias:
// struct{ Int } (type Int = int) is not struct{ int }.
// From Go's test/alias1.go, bigmap.go and fixedbugs/issue50190.go.
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
	var p, q interface{} = A{}, B{}
	fmt.Println(p == q, p == A{}, q == B{})
}

type Int = int

type A = struct{ int }
type B = struct{ Int }
