// Maps print with their keys sorted as internal/fmtsort orders them: ints and
// uints numerically, strings bytewise, floats with NaN first then -Inf..+Inf,
// complex by real then imaginary part, bools false first, arrays and structs
// field by field, pointers and channels by address (not printed here), and
// interface keys first by type (the order types are seen), then by value.
package main

import (
	"fmt"
	"math"
)

type key struct {
	A int
	B string
}

type named int

func (n named) String() string { return fmt.Sprintf("n%d", int(n)) }

func main() {
	nan := math.NaN()
	inf := math.Inf(1)

	fmt.Println(map[int]string{3: "c", -1: "a", 0: "z", 100: "x", -100: "y"})
	fmt.Println(map[int8]bool{-128: true, 127: false, 0: true})
	fmt.Println(map[uint64]int{18446744073709551615: 1, 0: 2, 1 << 63: 3})
	fmt.Println(map[string]int{"b": 2, "a": 1, "": 0, "B": 3, "ab": 4, "é": 5, "z": 6})
	fmt.Println(map[float64]string{2.5: "a", -1: "b", nan: "nan", inf: "inf", -inf: "-inf", 0: "zero", nan: "nan"}) // NaN keys tie: equal values keep the output stable
	fmt.Println(map[float32]int{1.5: 1, -2.25: 2, 1e10: 3})
	fmt.Println(map[complex128]int{1 + 2i: 1, 1 + 1i: 2, -1 + 5i: 3, 0: 4})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	fmt.Println(map[key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%+v\n", map[key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%#v\n", map[key]int{{2, "a"}: 1, {1, "b"}: 2})
	fmt.Println(map[named]named{3: 30, 1: 10, 2: 20})
	fmt.Println(map[any]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, false: 6, true: 7, nil: 8})
	fmt.Println(map[any]string{int8(1): "int8", 1: "int", uint(1): "uint", "1": "string"})

	// Nested maps and maps inside other values.
	fmt.Println(map[string]map[string]int{"y": {"b": 2, "a": 1}, "x": {"d": 4, "c": 3}})
	fmt.Println([]map[int]int{{2: 2, 1: 1}, nil, {}})
	fmt.Println(struct{ M map[string]bool }{map[string]bool{"z": true, "a": false}})
	fmt.Printf("%v %d %x %q\n", map[int]int{10: 11, 2: 3}, map[int]int{10: 11, 2: 3}, map[int]int{10: 11, 2: 3}, map[string]string{"k": "v"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[int][]string{2: {"x"}, 1: nil})
	fmt.Printf("%#v\n", map[string]any{"n": nil, "i": 1, "s": "s"})
	fmt.Printf("%v|%#v|%v|%#v\n", map[string]int(nil), map[string]int(nil), map[int]int{}, map[int]int{})
	m := map[int]string{1: "one", 2: "two"}
	fmt.Println(&m)
	fmt.Printf("%v %+v\n", &m, []*map[int]string{nil})
	fmt.Printf("%6v|%-4d|%05v\n", map[int]int{1: 2}, map[int]int{3: 4}, map[string]int{"a": 5})
	fmt.Printf("%T %T\n", m, map[key][]*int{})

	// A map grown and shrunk still prints sorted.
	big := map[int]int{}
	for i := 0; i < 50; i++ {
		big[(i*37)%50] = i
	}
	for i := 0; i < 50; i += 3 {
		delete(big, i)
	}
	fmt.Println(big)
	words := map[string]int{}
	for i, w := range []string{"pear", "apple", "fig", "banana", "cherry", "date", "elder", "grape"} {
		words[w] = i
	}
	fmt.Println(words)
}
