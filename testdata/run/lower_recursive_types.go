// Named types defined through themselves without a struct: a slice of
// itself, a func returning itself, a map and a chan of themselves.
// From Go's test/ddd.go and reorder2.go.
package main

import "fmt"

type T []T

type F func(s string) F

type M map[string]M

type C chan C

var log string

func a(s string) F {
	log += "a(" + s + ")"
	return F(a)
}

func depth(t T) int {
	d := 0
	for _, u := range t {
		if x := depth(u) + 1; x > d {
			d = x
		}
	}
	return d
}

func main() {
	t := T{T{}, T{T{T{}}}}
	t = append(t, nil)
	fmt.Println(len(t), depth(t), t[2] == nil)
	a("1")("2")("3")
	fmt.Println(log)
	m := M{"x": M{"y": nil}}
	fmt.Println(len(m), len(m["x"]), m["x"]["y"] == nil)
	c := make(C, 1)
	c <- c
	fmt.Println(<-c == c)
}
