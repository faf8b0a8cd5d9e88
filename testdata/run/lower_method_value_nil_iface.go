// A method value made from a nil interface panics when it is made, not when
// it is called; made from a nil pointer it panics only if the method needs
// the value. From Go's test/method5.go.
package main

import "fmt"

type I interface{ M() }

type V int

func (V) M() {}

type P int

func (*P) M() {}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "panicked:", recover() != nil)
	}()
	f()
}

func main() {
	var f func()
	try("nil interface", func() { var i I; f = i.M })
	try("nil *V (value method)", func() { var p *V; f = p.M })
	try("nil *P (pointer method)", func() { var p *P; f = p.M })
	try("embedded nil interface", func() { var s struct{ I }; f = s.M })
	var i I = V(1)
	f = i.M
	f()
	fmt.Println("done")
}
