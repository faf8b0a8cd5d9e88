// Fan-in: several producers merged into one channel. The merged order
// depends on scheduling, so the consumer sorts per producer and prints in
// a fixed order.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type item struct {
	src string
	seq int
}

func produce(name string, n int) <-chan item {
	out := make(chan item)
	go func() {
		for i := 0; i < n; i++ {
			out <- item{name, i}
		}
		close(out)
	}()
	return out
}

func merge(chans ...<-chan item) <-chan item {
	out := make(chan item)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan item) {
			defer wg.Done()
			for it := range c {
				out <- it
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	bySrc := map[string][]int{}
	total := 0
	for it := range merge(produce("a", 3), produce("b", 5), produce("c", 2)) {
		// Per-source order is preserved even though sources interleave.
		if s := bySrc[it.src]; len(s) > 0 && s[len(s)-1] != it.seq-1 {
			fmt.Println("out of order!")
		}
		bySrc[it.src] = append(bySrc[it.src], it.seq)
		total++
	}
	srcs := make([]string, 0)
	for s := range bySrc {
		srcs = append(srcs, s)
	}
	sort.Strings(srcs)
	for _, s := range srcs {
		fmt.Println(s, bySrc[s])
	}
	fmt.Println("total", total)
}
