// Plain recursion 3 million calls deep: Go's goroutine stacks grow to 1 GB, so gocxx's
// workers reserve as much stack (256 MiB overflowed here).
package main

import "fmt"

type pt struct{ a, b, c int }

func depth(n int, p pt) pt {
	if n == 0 {
		return p
	}
	q := depth(n-1, pt{p.b, p.c, p.a + n})
	return pt{q.c ^ n, q.a + 1, q.b}
}

func main() {
	fmt.Println(depth(3000000, pt{1, 2, 3}))
}
