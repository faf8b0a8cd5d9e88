// errorcheck

// Struct literal mistakes.

package main

type P struct {
	X, Y int
	name string
}

func main() {
	_ = P{1, 2} // ERROR "too few values in P\{…\}"
	_ = P{1, 2, "a", 4} // ERROR "too many values in P\{…\}"
	_ = P{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = P{Z: 1} // ERROR "unknown field 'Z' in struct literal of type P"
	_ = P{X: "s"} // ERROR "cannot use .s. \(untyped string constant\) as int value in struct literal"
	_ = &P{Y: 1}
	_ = []P{{1, 2, "a"}, {X: 3}}
	_ = map[string]P{"k": {X: 1, Q: 2}} // ERROR "unknown field 'Q' in struct literal of type struct\{X int; Y int; name string\}"
}
