// Which method fmt calls: Formatter over GoStringer (%#v) over error over Stringer,
// the State a Formatter sees (flags, width, precision), methods on pointer and
// value receivers, nil receivers, and panics inside those methods
// (%!v(PANIC=String method: ...)). Partly from Go 1.19's src/fmt/fmt_test.go.
package main

import (
	"errors"
	"fmt"
	"io"
)

// flagPrinter prints back the flags, width and precision it was called with.
type flagPrinter struct{}

func (flagPrinter) Format(f fmt.State, c rune) {
	s := "%"
	for i := 0; i < 128; i++ {
		if f.Flag(i) {
			s += string(rune(i))
		}
	}
	if w, ok := f.Width(); ok {
		s += fmt.Sprintf("%d", w)
	}
	if p, ok := f.Precision(); ok {
		s += fmt.Sprintf(".%d", p)
	}
	s += string(c)
	io.WriteString(f, "["+s+"]")
}

type PanicS struct{ message any }

func (p PanicS) String() string { panic(p.message) }

type PanicGo struct{ message any }

func (p PanicGo) GoString() string { panic(p.message) }

type PanicF struct{ message any }

func (p PanicF) Format(f fmt.State, c rune) { panic(p.message) }

type PanicE struct{}

func (PanicE) Error() string { panic(errors.New("bad error")) }

// Both is an error and a Stringer: Error wins.
type Both int

func (Both) Error() string  { return "Error()" }
func (Both) String() string { return "String()" }

// All has every method: Format wins for every verb.
type All int

func (All) Error() string                { return "Error()" }
func (All) String() string               { return "String()" }
func (All) GoString() string             { return "GoString()" }
func (a All) Format(f fmt.State, c rune) { fmt.Fprintf(f, "Format(%c,%d)", c, int(a)) }

// GS is a Stringer and a GoStringer.
type GS struct{ N int }

func (g GS) String() string   { return fmt.Sprintf("GS<%d>", g.N) }
func (g GS) GoString() string { return fmt.Sprintf("NewGS(%d)", g.N) }

// PtrS has its String method on the pointer: values do not use it.
type PtrS struct{ N int }

func (p *PtrS) String() string { return fmt.Sprint("PtrS#", p.N) }

// ValS has its String method on the value, so *ValS has it too; a nil *ValS panics
// inside the method and fmt prints <nil>.
type ValS struct{ N int }

func (v ValS) String() string { return fmt.Sprint("ValS#", v.N) }

// NilOK handles a nil receiver itself.
type NilOK struct{}

func (n *NilOK) String() string {
	if n == nil {
		return "nil NilOK"
	}
	return "NilOK"
}

type Holder struct {
	G   GS
	P   *ValS
	E   error
	Any any
}

// Upper is a Formatter that honours width and the verb by delegating to Fprintf.
type Upper string

func (u Upper) Format(f fmt.State, c rune) {
	w, ok := f.Width()
	if !ok {
		w = 0
	}
	if f.Flag('-') {
		fmt.Fprintf(f, "%-*s", w, "U:"+string(u))
		return
	}
	fmt.Fprintf(f, "%*s", w, "U:"+string(u))
}

var flagTests = []string{
	"%a", "%-a", "%+a", "%#a", "% a", "%0a", "%1.2a", "%-1.2a", "%+1.2a", "%-+1.2a",
	"%-+1.2abc", "%-1.2abc", "%v", "%-v", "%+v", "%#v", "% v", "%0v", "%1.2v",
	"%-+1.2vbc", "%*v", "%.*v", "%#+- 012.3x", "%[1]5.2d",
}

func main() {
	for _, f := range flagTests {
		fmt.Println(f, "=>", fmt.Sprintf(f, flagPrinter{}), fmt.Sprintf(f, [1]flagPrinter{}), fmt.Sprintf(f, &flagPrinter{}))
	}
	fmt.Println(fmt.Sprintf("%*v|%.*v", 7, flagPrinter{}, 3, flagPrinter{}))

	panics := []struct {
		fmt string
		in  any
	}{
		{"%s", (*PanicS)(nil)},
		{"%s", PanicS{io.ErrUnexpectedEOF}},
		{"%s", PanicS{3}},
		{"%v", PanicS{"str"}},
		{"%d", PanicS{3}},
		{"%#v", (*PanicGo)(nil)},
		{"%#v", PanicGo{io.ErrUnexpectedEOF}},
		{"%#v", PanicGo{3}},
		{"%#v", []any{PanicGo{3}, PanicGo{3}}},
		{"%s", (*PanicF)(nil)},
		{"%s", PanicF{io.ErrUnexpectedEOF}},
		{"%s", PanicF{3}},
		{"%x", PanicF{nil}},
		{"%v", PanicE{}},
		{"%v", []any{PanicS{1}, PanicE{}}},
		{"%+v", struct{ P PanicS }{PanicS{"in struct"}}},
		{"%v", map[string]PanicS{"k": {"in map"}}},
	}
	for i, tt := range panics {
		fmt.Println("panic", i, tt.fmt, "=> ["+fmt.Sprintf(tt.fmt, tt.in)+"]")
	}

	fmt.Println(Both(1), fmt.Sprintf("%s|%v|%d|%q|%x", Both(1), Both(1), Both(1), Both(1), Both(1)))
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%q", "%T", "%p"} {
		fmt.Printf("All %s => [%s]\n", verb, fmt.Sprintf(verb, All(7)))
	}
	g := GS{3}
	fmt.Printf("%v|%+v|%#v|%s|%d\n", g, g, g, g, g)
	fmt.Printf("%v|%#v\n", []GS{{1}, {2}}, []GS{{1}, {2}})
	fmt.Printf("%v|%#v\n", map[string]GS{"a": {1}}, map[string]GS{"a": {1}})

	p := PtrS{5}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %s %+v\n", p, &p, &p, []*PtrS{&p})
	var nilV *ValS
	fmt.Println(ValS{6}, &ValS{7}, nilV)
	fmt.Printf("%v|%s|%d|%+v|%#v\n", nilV, nilV, nilV, nilV, nilV)
	var nilOK *NilOK
	fmt.Println(nilOK, &NilOK{})
	fmt.Printf("[%v] [%+v]\n", Holder{G: GS{1}, E: errors.New("boom"), Any: GS{2}}, Holder{P: &ValS{9}, Any: nilOK})

	fmt.Printf("[%v] [%8v] [%-8v] [%s]\n", Upper("a"), Upper("b"), Upper("c"), []Upper{"d", "e"})
	var e error = Both(2)
	var s fmt.Stringer = GS{4}
	fmt.Println(e, s, []error{e, nil}, []fmt.Stringer{s, nil})
	fmt.Printf("%v %s %v\n", error(nil), fmt.Stringer(nil), []any{nil, e})
}
