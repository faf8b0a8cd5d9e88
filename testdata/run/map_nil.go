// Reading, ranging, deleting from a nil map is fine; writing panics.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	v, ok := m["x"]
	fmt.Println(v, ok)
	delete(m, "x")
	for k := range m {
		fmt.Println("never", k)
	}
	fmt.Println(m)
	m = map[string]int{}
	m["ok"] = 1
	fmt.Println(m)
	var n map[int]bool
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, isErr := r.(error)
		fmt.Println(isErr, err)
	}()
	n[1] = true
}
