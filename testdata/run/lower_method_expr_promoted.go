// Method expressions and method values whose method is promoted through
// embedded fields, value and pointer, and interface method expressions.
// From Go's test/method7.go.
package main

import "fmt"

type T int

func (t T) Double() int { return int(t) * 2 }

func (t *T) Inc() { *t++ }

type Inner struct{ s string }

func (i *Inner) M() string { return i.s }

type Outer struct{ *Inner }

type Wrap struct{ T }

type I interface{ Double() int }

func main() {
	w := Wrap{21}
	fmt.Println(Wrap.Double(w))
	fmt.Println(struct{ T }.Double(struct{ T }{4}))
	(*Wrap).Inc(&w)
	fmt.Println(w.T)
	h := (*Outer).M
	fmt.Println(h(&Outer{&Inner{"hello"}}))
	g := Outer.M
	fmt.Println(g(Outer{&Inner{"value"}}))
	d := Wrap.Double
	fmt.Println(d(Wrap{5}))
	fmt.Println(I.Double(w), I.Double(T(3)))
}
