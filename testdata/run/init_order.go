// Package variables are initialized in dependency order, then init()
// functions run in source order, then main.
package main

import "fmt"

var (
	a = c + b // depends on b and c: initialized last
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(1, 2, 3)

var x, y = pair()

func f(name string) int {
	fmt.Println("init var", name, "d =", d)
	return d + len(name)
}

func sum(vs ...int) int {
	fmt.Println("init total")
	s := 0
	for _, v := range vs {
		s += v
	}
	return s
}

func pair() (int, int) {
	fmt.Println("init x, y")
	return 10, 20
}

func init() {
	fmt.Println("first init: a =", a)
	a++
}

var registry = map[string]int{}

func init() {
	fmt.Println("second init")
	registry["x"] = x
}

func init() {
	fmt.Println("third init, registry:", registry)
}

func main() {
	fmt.Println("main:", a, b, c, d, total, x, y)
}
