//go:build ignore

// compare: sort
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"

	gs "gocxx/sort"
	"stdcheck/cmp"
)

type rec struct{ key, id int }

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	rnd := rand.New(rand.NewSource(4))
	sizes := []int{0, 1, 2, 3, 5, 7, 12, 13, 20, 33, 50, 100, 257, 1000, 5000, 20000}
	for _, n := range sizes {
		for _, keys := range []int{1, 2, 5, n/2 + 1, 1 << 30} {
			for pattern := 0; pattern < 5; pattern++ {
				mk := func() []rec {
					r := make([]rec, n)
					for i := range r {
						switch pattern {
						case 0:
							r[i].key = rnd.Intn(keys)
						case 1:
							r[i].key = i
						case 2:
							r[i].key = n - i
						case 3:
							r[i].key = i % (keys%7 + 1)
						case 4:
							r[i].key = i
							if rnd.Intn(10) == 0 {
								r[i].key = rnd.Intn(keys)
							}
						}
						r[i].id = i
					}
					return r
				}
				q := fmt.Sprintf("n=%d keys=%d pattern=%d", n, keys, pattern)
				a := mk()
				b := append(make([]rec, 0, len(a)), a...)
				gs.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
				sort.Slice(b, func(i, j int) bool { return b[i].key < b[j].key })
				cmp.Eq("Slice "+q, a, b)
				a = mk()
				b = append(make([]rec, 0, len(a)), a...)
				gs.SliceStable(a, func(i, j int) bool { return a[i].key < a[j].key })
				sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
				cmp.Eq("SliceStable "+q, a, b)
				cmp.Eq("SliceIsSorted "+q, gs.SliceIsSorted(a, func(i, j int) bool { return a[i].id < a[j].id }),
					sort.SliceIsSorted(a, func(i, j int) bool { return a[i].id < a[j].id }))
				a = mk()
				b = append(make([]rec, 0, len(a)), a...)
				gs.Sort(byKey(a))
				sort.Sort(byKey(b))
				cmp.Eq("Sort "+q, a, b)
				a = mk()
				b = append(make([]rec, 0, len(a)), a...)
				gs.Sort(gs.Reverse(byKey(a)))
				sort.Sort(sort.Reverse(byKey(b)))
				cmp.Eq("Sort(Reverse) "+q, a, b)
				a = mk()
				b = append(make([]rec, 0, len(a)), a...)
				gs.Stable(byKey(a))
				sort.Stable(byKey(b))
				cmp.Eq("Stable "+q, a, b)
				cmp.Eq("IsSorted "+q, gs.IsSorted(byKey(a)), sort.IsSorted(byKey(a)))
				a = mk()
				cmp.Eq("IsSorted2 "+q, gs.IsSorted(byKey(a)), sort.IsSorted(byKey(a)))

				ints := make([]int, n)
				strs := make([]string, n)
				fl := make([]float64, n)
				for i := range ints {
					ints[i] = rnd.Intn(keys) - keys/2
					strs[i] = fmt.Sprint(rnd.Intn(keys))
					fl[i] = float64(rnd.Intn(keys)) / 3
					switch rnd.Intn(20) {
					case 0:
						fl[i] = math.NaN()
					case 1:
						fl[i] = math.Inf(-1)
					case 2:
						fl[i] = math.Copysign(0, -1)
					}
				}
				i1, i2 := append(make([]int, 0, n), ints...), append(make([]int, 0, n), ints...)
				gs.Ints(i1)
				sort.Ints(i2)
				cmp.Eq("Ints "+q, i1, i2)
				cmp.Eq("IntsAreSorted "+q, gs.IntsAreSorted(ints), sort.IntsAreSorted(ints))
				s1, s2 := append(make([]string, 0, n), strs...), append(make([]string, 0, n), strs...)
				gs.Strings(s1)
				sort.Strings(s2)
				cmp.Eq("Strings "+q, s1, s2)
				cmp.Eq("StringsAreSorted "+q, gs.StringsAreSorted(s1), sort.StringsAreSorted(s1))
				f1, f2 := append(make([]float64, 0, n), fl...), append(make([]float64, 0, n), fl...)
				gs.Float64s(f1)
				sort.Float64s(f2)
				cmp.Eq("Float64s "+q, fmt.Sprint(f1), fmt.Sprint(f2))
				cmp.Eq("Float64sAreSorted "+q, gs.Float64sAreSorted(fl), sort.Float64sAreSorted(fl))
				for _, x := range []int{-1 << 40, -3, 0, 1, 2, keys / 3, keys, 1 << 40} {
					cmp.Eq("SearchInts "+q, gs.SearchInts(i1, x), sort.SearchInts(i1, x))
					cmp.Eq("IntSlice.Search "+q, gs.IntSlice(i1).Search(x), sort.IntSlice(i1).Search(x))
					cmp.Eq("SearchStrings "+q, gs.SearchStrings(s1, fmt.Sprint(x)), sort.SearchStrings(s1, fmt.Sprint(x)))
					cmp.Eq("SearchFloat64s "+q, gs.SearchFloat64s(f1, float64(x)/3), sort.SearchFloat64s(f1, float64(x)/3))
					cmp.Eq("Search "+q, gs.Search(n, func(i int) bool { return i1[i] >= x }), sort.Search(n, func(i int) bool { return i1[i] >= x }))
					g1, g2 := gs.Find(n, func(i int) int { return x - i1[i] })
					w1, w2 := sort.Find(n, func(i int) int { return x - i1[i] })
					cmp.Eq("Find "+q, []any{g1, g2}, []any{w1, w2})
				}
				i1, i2 = append(make([]int, 0, n), ints...), append(make([]int, 0, n), ints...)
				gs.Sort(gs.IntSlice(i1))
				sort.Sort(sort.IntSlice(i2))
				cmp.Eq("IntSlice "+q, i1, i2)
				s1, s2 = append(make([]string, 0, n), strs...), append(make([]string, 0, n), strs...)
				gs.StringSlice(s1).Sort()
				sort.StringSlice(s2).Sort()
				cmp.Eq("StringSlice.Sort "+q, s1, s2)
				f1, f2 = append(make([]float64, 0, n), fl...), append(make([]float64, 0, n), fl...)
				gs.Stable(gs.Float64Slice(f1))
				sort.Stable(sort.Float64Slice(f2))
				cmp.Eq("Stable(Float64Slice) "+q, fmt.Sprint(f1), fmt.Sprint(f2))
			}
		}
	}
	cmp.Eq("Slice(non-slice)", cmp.Panics(func() { gs.Slice(3, nil) }), cmp.Panics(func() { sort.Slice(3, nil) }))
	cmp.Done("sort")
}
