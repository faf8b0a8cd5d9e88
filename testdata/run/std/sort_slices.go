package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, -7, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"peach", "banana", "Apple", "kiwi", "", "apple", "Ünïcode", "b"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), 2, -0.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 25}, {"Grace", 30}}
	p2 := append([]person(nil), people...)
	sort.SliceStable(p2, func(i, j int) bool { return p2[i].age < p2[j].age })
	fmt.Println(p2)
	p3 := append([]person(nil), people...)
	sort.Stable(byAge(p3))
	fmt.Println(p3)
	p4 := append([]person(nil), people...)
	sort.Slice(p4, func(i, j int) bool {
		if p4[i].age != p4[j].age {
			return p4[i].age > p4[j].age
		}
		return p4[i].name < p4[j].name
	})
	fmt.Println(p4, sort.SliceIsSorted(p4, func(i, j int) bool { return p4[i].age > p4[j].age }))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(sort.IntSlice(ints)))
	sort.Sort(sort.StringSlice(strs))
	fmt.Println(sort.StringSlice(strs).Search("kiwi"), sort.SearchStrings(strs, "zzz"), sort.SearchStrings(strs, ""))
	a := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(sort.SearchInts(a, 7), sort.SearchInts(a, 8), sort.SearchInts(a, 0), sort.SearchInts(a, 100))
	fmt.Println(sort.SearchFloat64s([]float64{1.0, 2.5, 3.0}, 2.5), sort.Search(100, func(i int) bool { return i*i >= 50 }))
	idx := sort.Search(len(a), func(i int) bool { return a[i] >= 6 })
	fmt.Println(idx, sort.Search(0, func(int) bool { return true }))
	// a larger deterministic sort: insertion, heap and pdq paths
	big := make([]int, 500)
	x := uint32(12345)
	for i := range big {
		x = x*1103515245 + 12345
		big[i] = int(x>>16) % 1000
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[250], big[499])
	// Sort is not stable: record the permutation Go produces for equal keys
	type kv struct{ k, v int }
	kvs := make([]kv, 60)
	for i := range kvs {
		kvs[i] = kv{(i * 7) % 5, i}
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	fmt.Println(kvs)
	kvs2 := make([]kv, 60)
	for i := range kvs2 {
		kvs2[i] = kv{(i * 7) % 5, i}
	}
	sort.SliceStable(kvs2, func(i, j int) bool { return kvs2[i].k < kvs2[j].k })
	fmt.Println(kvs2)
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	rev := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, 11, 12, 13, 14, 15}
	sort.Sort(sort.Reverse(sort.IntSlice(rev)))
	fmt.Println(rev)
	fs := sort.Float64Slice{2, 1, math.NaN()}
	fs.Sort()
	fmt.Println(fs, fs.Len(), fs.Less(0, 1), fs.Search(1.5))
}
