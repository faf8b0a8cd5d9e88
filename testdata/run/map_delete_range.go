// Deleting during range is allowed; entries deleted before they are
// reached are not produced. Results here are order-independent.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	sum := 0
	visits := 0
	for k, v := range m {
		visits++
		sum += v
		delete(m, k)
	}
	fmt.Println(visits, sum, len(m))

	// Delete the odd keys while ranging; each key is visited at most once.
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m), keys[:5], keys[len(keys)-1])

	// Delete every other entry as a pair: whichever key of a pair is seen
	// first removes its partner, so exactly one of each pair survives.
	pairs := map[int]bool{}
	for i := 0; i < 20; i++ {
		pairs[i] = true
	}
	for k := range pairs {
		delete(pairs, k^1)
	}
	fmt.Println(len(pairs))

	// Updating values of existing keys during range is fine.
	scores := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range scores {
		scores[k] *= 10
	}
	fmt.Println(scores)
}
