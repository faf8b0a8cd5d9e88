// Functions are first-class values: stored in variables, maps and slices,
// compared with nil, passed and returned.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type BinOp func(int, int) int

func (op BinOp) Apply(a, b int) int { return op(a, b) }

func compose(f, g func(string) string) func(string) string {
	return func(s string) string { return g(f(s)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	ops := map[string]BinOp{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"pow": func(a, b int) int {
			r := 1
			for i := 0; i < b; i++ {
				r *= a
			}
			return r
		},
	}
	names := make([]string, 0, len(ops))
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ops[n](2, 5), ops[n].Apply(3, 3))
	}
	var nilF func()
	fmt.Println(nilF == nil, ops["nope"] == nil)
	shout := compose(strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("hey"))
	fmt.Println(mapInts([]int{1, 2, 3}, func(x int) int { return x * x }))
	fs := []func() string{
		func() string { return "first" },
		func() string { return "second" },
	}
	for i := len(fs) - 1; i >= 0; i-- {
		fmt.Print(fs[i](), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", compose)
	defer func() { fmt.Println("recovered:", recover()) }()
	nilF()
}
