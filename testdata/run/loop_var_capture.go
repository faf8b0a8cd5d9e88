// Closures created in loops. Every loop copies its variable (`i := i`)
// so the output is the same under Go 1.19 and Go 1.22 semantics.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p)
	}
	fmt.Println()
	// A variable declared in the body is always fresh per iteration.
	var gs []func() string
	for i := 0; i < 3; i++ {
		msg := fmt.Sprint("msg", i)
		gs = append(gs, func() string { return msg })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// Capturing a variable declared outside the loop shares it.
	var shared []func() int
	j := 0
	for ; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// Passing the loop variable as an argument copies it.
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func(v int) func() int { return func() int { return v } }(i))
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
