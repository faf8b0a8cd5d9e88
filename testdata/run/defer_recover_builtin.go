// `defer recover()`: the builtin itself deferred. Run by a panic it is not
// called by a deferred function and recovers nothing; run when its function
// returns normally it recovers what a recover() there would.
// From Go's test/recover1.go (tests 5-7).
package main

import "fmt"

func mustNotRecover() {
	if v := recover(); v != nil {
		fmt.Println("spurious recover", v)
	}
}

func mustRecover(x interface{}) {
	mustNotRecover() // not a deferred call: sees nothing
	if v := recover(); v != x {
		fmt.Println("wrong value", v, x)
	}
}

func test5() {
	defer mustNotRecover()
	defer func() {
		defer recover() // recovers panic 5 when the literal returns
	}()
	panic(5)
}

func test6() {
	defer mustNotRecover()
	defer func() {
		defer recover()
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func test7() {
	defer mustRecover(2)
	defer func() {
		defer mustRecover(3)
		defer recover() // called by the panic: a no-op
		panic(3)
	}()
	panic(2)
}

func main() {
	test5()
	test6()
	test7()
	fmt.Println("done")
}
