// (*T)(nil) keeps its pointer type: dereferencing it panics as a nil
// dereference (it used to be a bare nullptr). From Go's
// test/fixedbugs/issue27518b.go.
package main

import "fmt"

type T struct{ x int }

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	p := (*T)(nil)
	fmt.Println(p == nil)
	*(*int)(nil) = 0
}
