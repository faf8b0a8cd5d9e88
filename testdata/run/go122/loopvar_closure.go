// Go 1.22 per-iteration loop variables: each iteration of a 3-clause loop
// and of a range loop has its own variable. Go 1.19 cannot run this as
// intended, so the golden is produced from loopvar_closure.go.ref, the
// same program with the per-iteration copies the Go 1.22 spec prescribes
// written out by hand ("each iteration has its own separate declared
// variable; the variable used by the first iteration is declared by the
// init statement; the variable used by each subsequent iteration is
// declared implicitly before executing the post statement and initialized
// to the value of the previous iteration's variable at that moment").
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*string
	for _, s := range []string{"a", "b", "c"} {
		ps = append(ps, &s)
	}
	for _, p := range ps {
		fmt.Print(*p)
	}
	fmt.Println()

	// The body may modify the variable: the modification is seen by the
	// post statement (copied into the next iteration's variable), and the
	// closure keeps its own iteration's final value.
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// A closure incrementing its iteration's variable does not affect
	// the loop.
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 100; return i })
	}
	for _, f := range incs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Range with index and value: both per iteration.
	var rs []func() string
	for i, v := range []string{"x", "y"} {
		rs = append(rs, func() string { return fmt.Sprint(i, v) })
	}
	for _, r := range rs {
		fmt.Print(r(), " ")
	}
	fmt.Println()
}
