// `return v` assigns the named results before deferred calls run, so a
// deferred closure reading a named result sees v. From Go's
// test/fixedbugs/issue9738.go and issue32175.go.
package main

import "fmt"

func F() (x int) {
	defer func() {
		fmt.Println("deferred sees", x)
	}()
	return 42
}

func G() (x int) {
	defer func() func() {
		return func() {
			fmt.Println("inner sees", x)
		}
	}()()
	return 7
}

func main() {
	fmt.Println(F(), G())
}
