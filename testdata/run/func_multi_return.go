// Multiple results, named results with bare return, passing a
// multi-valued call as the arguments of another call.
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func named() (s string, n int, err error) {
	s = "partial"
	return
}

func add(a, b int) int { return a + b }

func swap(a, b string) (string, string) { return b, a }

func minmax(vals ...int) (min, max int) {
	min, max = vals[0], vals[0]
	for _, v := range vals[1:] {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	fmt.Println(named())
	fmt.Println(add(divmod(17, 5)))
	fmt.Println(swap(swap("a", "b")))
	fmt.Println(minmax(3, -1, 9, 4))
	_, max := minmax(1, 2)
	fmt.Println(max, shadow())
	fields := strings.Fields
	fmt.Println(len(fields(" a b  c ")))
	var f func(int, int) (int, int) = divmod
	fmt.Println(f(9, 4))
}
