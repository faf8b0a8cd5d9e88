// interface{} holds any value; %T and %v show dynamic type and value.
package main

import "fmt"

type Pair struct {
	K string
	V int
}

func main() {
	vals := []interface{}{
		1, -2.5, "str", 'r', byte(1), true, nil, []int{1}, [2]bool{}, map[string]int{"a": 1},
		Pair{"k", 1}, &Pair{"p", 2}, struct{}{}, complex64(1 + 2i), uint(7), []interface{}{1, "a", nil},
		func() {} == nil, error(nil), fmt.Errorf("e"),
	}
	for i, v := range vals {
		fmt.Printf("%d: %T %v\n", i, v, v)
	}
	var any interface{} = vals
	fmt.Println(len(any.([]interface{})))
	nested := []interface{}{[]interface{}{1, []interface{}{2, 3}}, map[string]interface{}{"x": []int{4}}}
	fmt.Println(nested)
	fmt.Printf("%v %d\n", []interface{}{1, "a"}, []interface{}{1, "a"})
}
