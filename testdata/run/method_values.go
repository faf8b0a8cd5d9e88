// Method values bind their receiver when evaluated (copying value
// receivers); method expressions take the receiver as first argument.
package main

import "fmt"

type P struct{ name string }

func (p P) Hello(greet string) string { return greet + ", " + p.name }
func (p *P) SetName(n string)         { p.name = n }
func (p *P) Name() string             { return p.name }

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	p := P{"ann"}
	hv := p.Hello // copies p now
	nv := p.Name  // binds &p
	p.SetName("bob")
	fmt.Println(hv("hi"), nv(), p.Hello("yo"))
	fmt.Println(apply(p.Hello, "hey"))
	he := P.Hello
	fmt.Println(he(P{"cat"}, "hello"))
	se := (*P).SetName
	se(&p, "dan")
	fmt.Println(p.name)
	ne := (*P).Hello // value method through pointer type
	fmt.Println(ne(&p, "howdy"))
	fmt.Printf("%T\n%T\n", he, se)
	funcs := []func(string) string{}
	for _, n := range []string{"x", "y"} {
		funcs = append(funcs, P{n}.Hello)
	}
	for _, f := range funcs {
		fmt.Println(f("go"))
	}
	var iface fmt.Stringer = Str("s1")
	sv := iface.String
	iface = Str("s2")
	fmt.Println(sv(), iface.String())
	ie := fmt.Stringer.String
	fmt.Println(ie(Str("via expr")))
}

type Str string

func (s Str) String() string { return "Str(" + string(s) + ")" }
