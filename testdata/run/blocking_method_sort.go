// sort.Sort and sort.Stable through a sort.Interface whose Less, Swap and Len
// block on a mutex.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type guarded struct {
	mu sync.Mutex
	xs []int
}

func (g *guarded) Len() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.xs)
}

func (g *guarded) Less(i, j int) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.xs[i] < g.xs[j]
}

func (g *guarded) Swap(i, j int) {
	g.mu.Lock()
	g.xs[i], g.xs[j] = g.xs[j], g.xs[i]
	g.mu.Unlock()
}

func main() {
	g := &guarded{xs: []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0, 15, 11, 13, 12, 14, 10}}
	sort.Sort(g)
	fmt.Println(g.xs, sort.IsSorted(g))
	sort.Sort(sort.Reverse(g))
	fmt.Println(g.xs)
	sort.Stable(g)
	fmt.Println(g.xs)
	fmt.Println(sort.Search(16, func(i int) bool { return g.Less(7, i) }))
}
