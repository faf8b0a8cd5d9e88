// errorcheck

// Duplicate switch cases and duplicate keys in composite literals.

package main

type P struct{ X, Y int }

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int, string:
	case int: // ERROR "duplicate case int in type switch"
	}
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = P{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [3]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	switch s := "s"; s {
	case "a", "b", "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
	}
}
