// Named types: distinct from their underlying type, explicit conversions,
// methods on named slices/maps/funcs, type aliases.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type StrSet map[string]struct{}

func (s StrSet) Add(v string) { s[v] = struct{}{} }
func (s StrSet) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

type Alias = []int
type MyInt int

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %v %.1f\n", CToF(c), c, float64(c)+0.05)
	s := StrSet{}
	for _, w := range strings.Fields("b a c a b") {
		s.Add(w)
	}
	fmt.Println(len(s), s.Sorted())
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(ByLen(words))
	fmt.Println(words)
	h := Handler(strings.ToUpper)
	fmt.Println(h.Twice("x"), Handler(func(s string) string { return s + s }).Twice("ab"))
	var al Alias = []int{1}
	var plain []int = al
	fmt.Printf("%T %T\n", al, plain)
	var mi MyInt = 5
	n := int(mi) + 1
	fmt.Printf("%T %v %T\n", mi, n, MyInt(n))
	type local struct{ v int }
	fmt.Printf("%T %v\n", local{1}, local{1})
}
