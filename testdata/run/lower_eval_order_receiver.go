// A method call's receiver is evaluated before its arguments, also when it
// becomes the C++ function's first argument. From Go's test/reorder2.go.
package main

import "fmt"

var log string

type TT int

func (t TT) a(s string) TT {
	log += "a(" + s + ")"
	return t
}

func (TT) b(s string) string {
	log += "b(" + s + ")"
	return s
}

func main() {
	var t TT
	t.a("1").a(t.b("2"))
	fmt.Println(log)
	log = ""
	s := t.a("1").a(t.b("2")).b("3") + t.a("4").b("5")
	fmt.Println(log, s)
}
