// When fmt calls String/Error: not through unexported fields (their values cannot be
// Interface()d), yes through exported ones and embedded types whose methods are
// promoted to the outer struct; runtime panics inside String (nil dereference,
// index out of range, division by zero, custom error values) become %!v(PANIC=...).
package main

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprintf("S(%d)", int(s)) }

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

type Hidden struct {
	s S
	e E
	p *S
	a any
}

type Shown struct {
	S S
	E E
	P *S
	A any
}

// Promoted: the embedded S makes Promoted itself a Stringer.
type Promoted struct {
	S
	Extra int
}

// PromotedPtr embeds a pointer: its String is promoted too, and panics on nil.
type PromotedPtr struct {
	*S
}

type NilDeref struct{ p *int }

func (n NilDeref) String() string { return fmt.Sprint(*n.p) }

type Index struct{ xs []int }

func (x Index) String() string { return fmt.Sprint(x.xs[5]) }

type Div struct{ d int }

func (x Div) String() string { return fmt.Sprint(10 / x.d) }

type ErrPanic struct{}

func (ErrPanic) String() string { panic(errors.New("custom error value")) }

type Conv struct{ v any }

func (c Conv) String() string { return c.v.(string) }

type NamedMap map[string]int

func (m NamedMap) String() string { return fmt.Sprintf("NamedMap(len=%d)", len(m)) }

type NamedFunc func()

func (f NamedFunc) String() string { return fmt.Sprintf("NamedFunc(nil=%v)", f == nil) }

type PtrRecv struct{ n int }

func (p *PtrRecv) String() string { return fmt.Sprint("PtrRecv#", p.n) }

type HasPtrRecv struct {
	V  PtrRecv
	P  *PtrRecv
	Vs []PtrRecv
	Ps []*PtrRecv
}

func main() {
	s := S(1)
	h := Hidden{s: 2, e: E{"x"}, a: S(3)} // p stays nil: a set p would print its address
	fmt.Printf("%v\n%+v\n", h, h)
	sh := Shown{S: 2, E: E{"x"}, A: S(3)}
	fmt.Printf("%v\n%+v\n", sh, sh)
	fmt.Printf("%v %+v %d\n", Promoted{S: 4, Extra: 5}, Promoted{S: 4}, Promoted{S: 4, Extra: 5})
	fmt.Printf("%v|%v\n", PromotedPtr{&s}, PromotedPtr{})
	fmt.Printf("%v|%s|%d\n", NilDeref{}, NilDeref{}, NilDeref{})
	fmt.Printf("%v|%v\n", Index{[]int{1, 2, 3}}, []Index{{}})
	fmt.Printf("%v\n", Div{0})
	fmt.Printf("%v\n", ErrPanic{})
	fmt.Printf("%v|%v\n", Conv{5}, Conv{nil})
	var nm NamedMap
	fmt.Println(nm, NamedMap{"a": 1}, NamedFunc(nil))
	fmt.Printf("%v %d %x\n", nm, NamedMap{"a": 1}, NamedMap{"a": 10})
	hp := HasPtrRecv{V: PtrRecv{1}, P: &PtrRecv{2}, Vs: []PtrRecv{{3}}, Ps: []*PtrRecv{{4}}}
	fmt.Printf("%v\n%+v\n", hp, hp)
	fmt.Println(&hp.V, hp.V, *hp.P)
	fmt.Printf("%s|%v|%d\n", []S{1, 2}, [2]S{3, 4}, []S{5})
	fmt.Printf("%v|%s\n", map[S]E{1: {"a"}}, []error{E{"b"}, nil})
	fmt.Printf("%x|%X|% x|%q\n", S(10), E{"z"}, S(11), []S{12})
}
