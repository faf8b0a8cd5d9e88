// Control flow: labeled break and continue, switch with fallthrough, goto,
// and range over slices, strings (runes) and maps (sorted here for a stable
// output).
package main

import (
	"fmt"
	"sort"
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	for i, r := range "héllo" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, classify(-1), classify(0), classify(42))
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println(n)
}

// CHECK: goto
