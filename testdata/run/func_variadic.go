// Variadic functions: zero or more arguments, passing a slice with ...
// (which shares it), interface{} variadics.
package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s %d %v", prefix, len(vals), vals)
}

func modify(vals ...int) {
	if len(vals) > 0 {
		vals[0] = -1
	}
}

func isNil(vals ...int) bool { return vals == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	modify(s...)
	fmt.Println(s)
	modify(7, 8)
	fmt.Println(describe("none"), "|", describe("some", 1, "a", nil))
	is := []interface{}{1, 2}
	fmt.Println(describe("spread", is...))
	fmt.Println(describe("nested", is))
	fmt.Println(isNil(), isNil(s[:0]...), isNil([]int(nil)...))
	fmt.Printf("%T\n", sum)
	f := fmt.Sprintln
	fmt.Print(f("via", "func", "value"))
	fmt.Println(append([]int{}, s[1:]...))
}
