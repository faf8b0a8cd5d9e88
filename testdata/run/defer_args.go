// Arguments of a deferred call (and its receiver / function value) are
// evaluated when the defer statement executes, not when the call runs.
package main

import "fmt"

type T struct{ name string }

func (t T) Show()   { fmt.Println("value receiver:", t.name) }
func (t *T) ShowP() { fmt.Println("pointer receiver:", t.name) }

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) { fmt.Println("leaving", s) }

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	t := T{"first"}
	defer t.Show()
	defer t.ShowP()
	t.name = "second"
	f := func() { fmt.Println("f version 1") }
	defer f()
	f = func() { fmt.Println("f version 2") }
	a()
	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s, len(s))
	s[0] = 100
	s = append(s, 4)
	arr := [2]int{1, 2}
	defer fmt.Println("array at defer:", arr)
	arr[0] = 9
	fmt.Println("main end, x =", x)
}
