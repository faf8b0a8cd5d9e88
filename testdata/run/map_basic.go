// Map insert, update, lookup with comma-ok, delete, len, zero values.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] = 11
	fmt.Println(len(m), m["one"], m["missing"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "not-there")
	_, ok = m["two"]
	fmt.Println(len(m), ok)
	m["counter"]++
	m["counter"] += 5
	fmt.Println(m["counter"])
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	// Maps are references.
	alias := m
	alias["new"] = 42
	fmt.Println(m["new"], len(m))
	// A map of slices appends through the zero value.
	groups := map[bool][]int{}
	for i := 1; i <= 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
	// Struct values must be replaced as a whole.
	type P struct{ X int }
	ps := map[string]P{"a": {1}}
	p := ps["a"]
	p.X = 9
	fmt.Println(ps["a"].X)
	ps["a"] = p
	fmt.Println(ps)
	pp := map[string]*P{"a": {1}}
	pp["a"].X = 5
	fmt.Println(pp["a"].X)
	if n, found := m["three"]; found {
		fmt.Println("found three:", n)
	}
	m2 := make(map[int]string, 100)
	fmt.Println(len(m2))
	clear := func(mm map[string]int) {
		for k := range mm {
			delete(mm, k)
		}
	}
	clear(m)
	fmt.Println(len(m), m)
}
