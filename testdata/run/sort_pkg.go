// sort package: Ints, Strings, Float64s, Slice, SliceStable, Search,
// sort.Sort with a custom Less, IsSorted.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	ints := []int{5, 2, 8, -1, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "fig", "apple", ""}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}, {"Di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sorted := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.SearchInts(sorted, 5), sort.SearchInts(sorted, 6), sort.SearchInts(sorted, 100))
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 })
	fmt.Println(i, sort.SearchStrings([]string{"a", "c"}, "b"))
	big := make([]int, 100)
	for k := range big {
		big[k] = (k * 37) % 101
	}
	sort.Ints(big)
	fmt.Println(big[:5], big[95:], sort.IsSorted(sort.IntSlice(big)))
}
