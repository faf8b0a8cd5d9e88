// Go twin of values.cpp: map insert/lookup with int and string keys and append growth.
// Each line is "<workload> <milliseconds> <checksum>"; run.sh compares the times.
package main

import (
	"fmt"
	"strconv"
	"time"
)

const n = 1000000

var keys []string

func timeit(name string, f func() int) {
	start := time.Now()
	sum := f()
	fmt.Printf("%s %.2f %d\n", name, float64(time.Since(start).Microseconds())/1000, sum)
}

func main() {
	keys = make([]string, n)
	for i := range keys {
		keys[i] = "key" + strconv.Itoa(i*7919)
	}
	mi := map[int]int{}
	timeit("map_int_insert", func() int {
		for i := 0; i < n; i++ {
			mi[i*7919] = i
		}
		return len(mi)
	})
	timeit("map_int_lookup", func() int {
		s := 0
		for r := 0; r < 4; r++ {
			for i := 0; i < n; i++ {
				s += mi[i*7919+r] // r > 0: mostly misses
			}
		}
		return s
	})
	ms := map[string]int{}
	timeit("map_str_insert", func() int {
		for i := 0; i < n; i++ {
			ms[keys[i]] = i
		}
		return len(ms)
	})
	timeit("map_str_lookup", func() int {
		s := 0
		for r := 0; r < 4; r++ {
			for i := 0; i < n; i++ {
				s += ms[keys[(i*31+r)%n]]
			}
		}
		return s
	})
	timeit("map_int_iterate", func() int {
		s := 0
		for r := 0; r < 10; r++ {
			for k, v := range mi {
				s += k ^ v
			}
		}
		return s
	})
	timeit("append_int_10M", func() int {
		var s []int
		for i := 0; i < 10*n; i++ {
			s = append(s, i)
		}
		return len(s) + cap(s)
	})
	timeit("append_small_slices", func() int {
		t := 0
		for r := 0; r < n/4; r++ {
			var s []int
			for i := 0; i < 20; i++ {
				s = append(s, i)
			}
			t += s[r%20] + cap(s)
		}
		return t
	})
}
