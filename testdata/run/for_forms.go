// for loop forms: three-clause, condition-only, infinite with break,
// range over slices, arrays, strings, maps (sorted output), channels.
package main

import (
	"fmt"
	"sort"
)

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println(sum)
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	for i := range [3]struct{}{} {
		fmt.Print(i)
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := []string{}
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		fmt.Print(key, "=", m[key], " ")
	}
	fmt.Println()
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("after loop i =", i)
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// Ranging over a function call evaluates it once.
	calls := 0
	get := func() []int { calls++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("calls:", calls)
}
