// A method expression T.M(x, args) passes the receiver as its first argument:
// escape analysis must judge &x by the receiver's leak, not by the first
// parameter's (here an int that never leaks).
package main

import "fmt"

type T struct{ v [4]int }

var kept *T

func (t *T) Keep(n int) { kept = t; t.v[0] += n }

func (t *T) Sum(p *int) int { return t.v[0] + t.v[1] + *p }

//go:noinline
func keepThroughMethodExpr() {
	var x T
	x.v[1] = 42
	(*T).Keep(&x, 1)
}

//go:noinline
func sumThroughMethodExpr() int {
	var x T
	n := 5
	x.v[0] = 7
	return (*T).Sum(&x, &n)
}

//go:noinline
func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n + i
	}
	return a[n%64]
}

func main() {
	keepThroughMethodExpr()
	fmt.Println(clobber(7), sumThroughMethodExpr())
	fmt.Println(kept.v)
	f := (*T).Keep
	var y T
	f(&y, 3)
	fmt.Println(kept == &y, kept.v)
}
