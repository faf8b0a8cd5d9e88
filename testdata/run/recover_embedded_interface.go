// recover in a method reached through a method promoted from an embedded interface, called by
// `defer i.M()` on an interface: Go's promotion wrapper is transparent, so the method is the
// deferred call's direct callee, at any embedding depth, through pointers, and when the
// method blocks (a coroutine in gocxx).
package main

import "fmt"

type I interface{ M() }

type T struct{ name string }

func (t T) M() { fmt.Println(t.name, "recovered:", recover()) }

type Blocking struct{ ch chan int }

func (b Blocking) M() {
	b.ch <- 1
	fmt.Println("blocking recovered:", recover(), <-b.ch)
}

type S struct{ I }       // embeds the interface
type SS struct{ S }      // two levels down
type PS struct{ *S }     // through a pointer
type Named struct{ i I } // not embedded: s.i.M() is an ordinary call

// Not a wrapper: T.M's recover is not direct. (Without noinline, gc inlines this forwarder
// into its own pointer wrapper and T.M then recovers: an inlining artifact, docs/differences.md.)
//
//go:noinline
func (n Named) M() { n.i.M() }

func call(label string, i I) {
	defer func() { fmt.Println(label, "left:", recover()) }()
	defer i.M()
	panic(label)
}

func main() {
	call("value", S{T{"value"}})
	call("pointer", &S{T{"pointer"}})
	call("depth 2", SS{S{T{"depth 2"}}})
	call("embedded pointer", PS{&S{T{"embedded pointer"}}})
	call("explicit forwarder", Named{T{"explicit forwarder"}})
	b := Blocking{make(chan int, 1)}
	call("blocking", S{b})
	s := S{T{"static"}}
	func() {
		defer func() { fmt.Println("static left:", recover()) }()
		defer s.M()
		panic("static")
	}()
	fmt.Println("done")
}
