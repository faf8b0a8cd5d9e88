// Which recover() calls stop a panic: only one called directly by the
// deferred function that the panic runs (Go spec, "Handling panics").
package main

import "fmt"

type T struct{ name string }

func (t T) M() { fmt.Println("T.M", t.name, recover()) }

func (t *T) P() { fmt.Println("(*T).P", t.name, recover()) }

func (t T) Indirect() { helper("T.Indirect") }

type I interface{ M() }

func helper(where string) { fmt.Println("helper from", where, recover()) }

func direct() { fmt.Println("direct", recover()) }

// run calls f under a last deferred recover that reports what is left.
func run(name string, f func()) {
	defer func() { fmt.Println(name, "left:", recover()) }()
	f()
}

func recursive(n int) {
	if n > 0 {
		recursive(n - 1)
	}
	fmt.Println("recursive", n, recover())
}

func main() {
	run("literal inside", func() {
		defer func() { func() { fmt.Println("inner literal", recover()) }() }()
		panic("p1")
	})
	run("helper inside", func() {
		defer func() { helper("literal") }()
		panic("p2")
	})
	run("named deferred", func() {
		defer direct()
		panic("p3")
	})
	run("method value", func() {
		t := T{"v"}
		defer t.M()
		panic("p4")
	})
	run("pointer method value", func() {
		t := &T{"p"}
		defer t.P()
		panic("p5")
	})
	run("method expression", func() {
		defer T.M(T{"e"})
		panic("p6")
	})
	run("pointer method expression", func() {
		defer (*T).P(&T{"pe"})
		panic("p7")
	})
	run("closure variable", func() {
		f := func() { fmt.Println("closure variable", recover()) }
		defer f()
		panic("p8")
	})
	run("closure variable calling helper", func() {
		f := func() { helper("closure variable") }
		defer f()
		panic("p9")
	})
	run("named func value", func() {
		f := direct
		defer f()
		panic("p10")
	})
	run("method value variable", func() {
		f := T{"mv"}.M
		defer f()
		panic("p11")
	})
	run("method with helper", func() {
		defer T{"i"}.Indirect()
		panic("p12")
	})
	run("interface method", func() {
		var i I = T{"iface"}
		defer i.M()
		panic("p13")
	})
	run("interface pointer method", func() {
		var i I = &T{"iface ptr"}
		defer i.M()
		panic("p14")
	})
	run("interface inside", func() {
		var i I = T{"inside"}
		defer func() { i.M() }()
		panic("p15")
	})
	run("func value inside", func() {
		f := direct
		defer func() { f() }()
		panic("p16")
	})
	run("recursive", func() {
		defer recursive(2)
		panic("p17")
	})
	run("literal calls itself", func() {
		var f func(n int)
		f = func(n int) {
			if n > 0 {
				f(n - 1)
			}
			fmt.Println("self", n, recover())
		}
		defer f(1)
		panic("p18")
	})
	run("defer recover()", func() {
		defer recover()
		panic("p19")
	})
	run("deferred defer recover()", func() {
		defer func() {
			defer recover()
		}()
		panic("p20")
	})
	run("no panic", func() {
		defer direct()
	})
	run("recover in body", func() {
		fmt.Println("body", recover())
	})
	run("panic nil", func() {
		defer direct()
		panic(nil)
	})
	run("second recover", func() {
		defer func() {
			fmt.Println("first", recover())
			fmt.Println("second", recover())
		}()
		panic("p21")
	})
	run("both deferred", func() {
		defer direct()
		defer func() { helper("first deferred") }()
		panic("p22")
	})
}
