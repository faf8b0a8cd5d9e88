// append past the largest int length panics with growslice's message, also
// for zero-size elements. From Go's test/fixedbugs/issue7550.go, issue29190.go.
package main

import "fmt"

type T struct{}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	const maxInt = int(^uint(0) >> 1)
	s := make([]T, maxInt)
	try("one", func() { s = append(s, T{}) })
	try("slice", func() { s = append(s, make([]T, 1)...) })
	a := make([]struct{}, maxInt)
	try("both", func() { _ = append(a, a...) })
	fmt.Println(len(s))
}
