// Unbounded recursion in plain functions (on the worker's stack), the classic way: a String
// method that formats its own receiver with %v. Go's stack overflow report, exit 2
// (tests/lit/cli/stack-overflow.test).
package main

import "fmt"

type T struct{ n int }

func (t T) String() string { return fmt.Sprintf("T(%v)", t) }

func main() {
	fmt.Println(T{1})
}
