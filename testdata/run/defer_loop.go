// Defers in loops accumulate until the function returns; wrapping the
// body in a function literal runs them per iteration.
package main

import "fmt"

type resource struct{ id int }

func open(id int) *resource {
	fmt.Println("open", id)
	return &resource{id}
}

func (r *resource) Close() { fmt.Println("close", r.id) }

func allAtEnd() {
	for i := 1; i <= 3; i++ {
		r := open(i)
		defer r.Close()
	}
	fmt.Println("allAtEnd body done")
}

func perIteration() {
	for i := 1; i <= 3; i++ {
		func() {
			r := open(i)
			defer r.Close()
			fmt.Println("use", r.id)
		}()
	}
}

func main() {
	allAtEnd()
	fmt.Println("--")
	perIteration()
	fmt.Println("--")
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Println("arg copy", n) }(i)
	}
	total := 0
	for i := 1; i <= 4; i++ {
		defer func() { total += 1 }()
	}
	fmt.Println("total before return", total)
}
