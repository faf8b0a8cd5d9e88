// recover in methods deferred through Go's transparent wrappers: an interface
// method expression, methods promoted from embedded interfaces and structs.
package main

import "fmt"

type I interface{ M() }
type T struct{}

func (T) M() { fmt.Println("T.M", recover()) }

type S struct{ I }
type P struct{ T }

func run(name string, f func()) {
	defer func() { fmt.Println(name, "left:", recover()) }()
	f()
}

func main() {
	run("method expression of interface", func() {
		var i I = T{}
		defer I.M(i)
		panic(1)
	})
	run("struct embedding interface", func() {
		s := S{T{}}
		defer s.M()
		panic(3)
	})
	run("interface holding struct embedding struct", func() {
		var i I = P{}
		defer i.M()
		panic(4)
	})
	run("struct embedding struct", func() {
		p := P{}
		defer p.M()
		panic(5)
	})
}

func init() {
	run("nil interface method expression", func() {
		var i I
		defer I.M(i)
		fmt.Println("deferred with nil")
		panic(6)
	})
}
