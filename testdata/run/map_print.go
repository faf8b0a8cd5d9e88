// fmt prints maps with keys sorted: numbers numerically, strings
// lexically, false before true, NaN first, structs/arrays field by field,
// interface keys of one type by value.
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 2: "b"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "Cherry": 3, "": 0})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[float64]string{2.5: "x", -1: "y", math.Inf(1): "inf", math.NaN(): "nan"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	// Interface keys of one dynamic type sort by value. (Keys of different
	// dynamic types sort by the address of their type descriptors: not
	// reproducible, so not tested.)
	fmt.Println(map[interface{}]int{"b": 1, "a": 3, "c": 2}, map[interface{}]int{3: 1, 1: 2, nil: 0})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"k": {1, "x"}}, map[string]K{"k": {1, "x"}}, map[string]int{"z": 1, "a": 2})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap == nil)
	fmt.Printf("%v %d\n", map[uint8][]int{2: {1}, 1: nil}, map[string]int{"b": 2, "a": 1})
	nested := map[string]map[string]int{"outer": {"z": 26, "a": 1}, "b": {}}
	fmt.Println(nested)
	s := fmt.Sprint(map[int]int{5: 5, 4: 4, 3: 3, 2: 2, 1: 1, 0: 0})
	fmt.Println(s)
}
