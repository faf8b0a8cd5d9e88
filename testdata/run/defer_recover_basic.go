// recover returns the panic value in a deferred call, nil otherwise; it
// only works when called directly by the deferred function.
package main

import "fmt"

func protect(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (%T)\n", name, r, r)
	}()
	f()
	fmt.Println(name, "finished normally")
}

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		r := helper() // not called directly by the deferred function: nil
		fmt.Println("indirect recover got", r)
	}()
	defer func() {
		fmt.Println("direct recover got", recover())
	}()
	panic("p1")
}

func main() {
	fmt.Println("recover outside panic:", recover())
	protect("string", func() { panic("oops") })
	protect("int", func() { panic(42) })
	protect("error", func() { panic(fmt.Errorf("err %d", 1)) })
	protect("none", func() {})
	protect("runtime", func() {
		var a []int
		_ = a[3]
	})
	indirect()
	func() {
		defer func() {
			fmt.Println("after recover, second recover:", recover())
		}()
		defer func() {
			fmt.Println("first recover:", recover())
		}()
		panic("once")
	}()
	fmt.Println("main continues")
}
