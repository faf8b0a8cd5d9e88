// Closures: a captured variable that is never reassigned is copied into the
// lambda; one that is reassigned lives in a GC cell shared with the closure.
// Loop variables are per iteration (Go 1.22).
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	next := counter()
	next()
	fmt.Println(next())

	greeting := "hello"
	say := func(name string) string { return greeting + ", " + name }
	fmt.Println(say("gopher"))

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// CHECK: int64_t* n = gocxx::gc_new<int64_t>(
// CHECK: gocxx::Func<int64_t()>::make(
