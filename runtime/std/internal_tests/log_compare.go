//go:build ignore

// compare: log
package main

import (
	"bytes"
	"log"
	"strings"

	gl "gocxx/log"
	"stdcheck/cmp"
)

func main() {
	var b1, b2 bytes.Buffer
	g := gl.New(&b1, "pre: ", 0)
	w := log.New(&b2, "pre: ", 0)
	for _, flags := range []int{0, gl.Lmsgprefix, gl.Lmsgprefix | gl.LUTC} {
		g.SetFlags(flags)
		w.SetFlags(flags)
		g.Print("a", 1, 2, "b")
		w.Print("a", 1, 2, "b")
		g.Printf("%d-%q", 5, "x")
		w.Printf("%d-%q", 5, "x")
		g.Println("x", 3)
		w.Println("x", 3)
		g.Print("ends with newline\n")
		w.Print("ends with newline\n")
		g.Output(1, "")
		w.Output(1, "")
	}
	g.SetPrefix("[p] ")
	w.SetPrefix("[p] ")
	cmp.Eq("Prefix/Flags", []any{g.Prefix(), g.Flags()}, []any{w.Prefix(), w.Flags()})
	cmp.Eq("Panicf", cmp.Panics(func() { g.Panicf("boom %d", 1) }), cmp.Panics(func() { w.Panicf("boom %d", 1) }))
	cmp.Eq("Panicln", cmp.Panics(func() { g.Panicln("a", "b") }), cmp.Panics(func() { w.Panicln("a", "b") }))
	cmp.Eq("output", b1.String(), b2.String())
	b1.Reset()
	g.SetFlags(gl.LstdFlags | gl.Lmicroseconds)
	g.Print("t")
	// "[p] 2006/01/02 15:04:05.000000 t\n"
	cmp.Eq("time format", len(b1.String()) == len("[p] 2006/01/02 15:04:05.000000 t\n") && strings.HasSuffix(b1.String(), " t\n"), true)
	cmp.Eq("consts", []int{gl.Ldate, gl.Ltime, gl.Lmicroseconds, gl.Llongfile, gl.Lshortfile, gl.LUTC, gl.Lmsgprefix, gl.LstdFlags},
		[]int{log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags})
	var b3 bytes.Buffer
	gl.SetOutput(&b3)
	gl.SetFlags(0)
	gl.SetPrefix("std ")
	gl.Println("hello")
	gl.Printf("%v", []int{1})
	cmp.Eq("std logger", []any{b3.String(), gl.Prefix(), gl.Flags(), gl.Writer() == &b3}, []any{"std hello\nstd [1]\n", "std ", 0, true})
	gl.SetOutput(gl.Default().Writer())
	cmp.Done("log")
}
