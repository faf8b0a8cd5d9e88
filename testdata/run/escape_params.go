// Escape analysis: addresses of locals that escape through every path the analysis
// knows (return, global, goroutine, closure, interface, append, struct field, recursion)
// must survive the frame; addresses that stay (element writes, copy, string conversion)
// behave the same either way.
package main

import (
	"fmt"
	"strings"
)

var global *[4]int
var globalSlice []byte

type holder struct{ p *int }

type stringer interface{ String() string }

type buf struct{ b [8]byte }

func (b *buf) String() string { return string(b.b[:3]) }

func (b *buf) fill(c byte) {
	for i := range b.b {
		b.b[i] = c
	}
}

func fill(p []byte, c byte) {
	for i := range p {
		p[i] = c
	}
}

func keep(p []byte) []byte { return p }

func store(p []byte) { globalSlice = p }

func storeVia(p []byte) { store(p) }

func sum(p *[4]int) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

func recurse(p []byte, n int) int {
	if n == 0 {
		return len(p)
	}
	p[0]++
	return recurse(p, n-1)
}

func recurseLeak(p []byte, n int) []byte {
	if n == 0 {
		return p
	}
	return recurseLeak(p, n-1)
}

func returned() []byte {
	var a [5]byte
	fill(a[:], 'r')
	return keep(a[:])
}

func viaGlobal() {
	var a [4]int
	a[1] = 7
	global = &a
}

func viaStore() {
	var a [3]byte
	fill(a[:], 's')
	storeVia(a[:])
}

func viaGoroutine(done chan string) {
	var a [3]byte
	fill(a[:], 'g')
	go func(p []byte) { done <- string(p) }(a[:])
}

func viaClosure() func() string {
	var a [3]byte
	s := a[:]
	fill(s, 'c')
	return func() string { return string(s) }
}

func viaInterface() stringer {
	var b buf
	b.fill('i')
	return &b
}

func viaField() holder {
	x := 42
	return holder{&x}
}

func viaAppend() [][]byte {
	var a [2]byte
	fill(a[:], 'a')
	var out [][]byte
	out = append(out, a[:])
	return out
}

func viaRecursion() []byte {
	var a [2]byte
	fill(a[:], 'z')
	return recurseLeak(a[:], 3)
}

func stays() string {
	var a [6]byte
	fill(a[:], 'x')
	n := copy(a[2:], "hey")
	r := recurse(a[:], 4)
	var b buf
	b.fill('k')
	var q [4]int
	q[2] = 5
	return fmt.Sprint(string(a[:]), n, r, a[0], b.String(), sum(&q))
}

// A captured array whose address is taken (even without escaping) is shared with the
// closures, which must see and make writes through slices.
func capturedShared() string {
	var a [3]byte
	f := func() { fill(a[:], 'q') }
	f()
	fill(a[1:], 'w')
	g := func() string { return string(a[:]) }
	var b buf
	setb := func() { b.fill('m') }
	setb()
	return g() + b.String()
}

func main() {
	r := returned()
	viaGlobal()
	viaStore()
	done := make(chan string)
	viaGoroutine(done)
	c := viaClosure()
	i := viaInterface()
	h := viaField()
	ap := viaAppend()
	rr := viaRecursion()
	// Overwrite the stack with other calls before reading what escaped.
	var junk [64]byte
	fill(junk[:], '#')
	_ = strings.Repeat(string(junk[:]), 3)
	fmt.Println(string(r), global[1], string(globalSlice), <-done, c(), i.String(), *h.p,
		string(ap[0]), string(rr))
	fmt.Println(stays())
	fmt.Println(capturedShared())
}
