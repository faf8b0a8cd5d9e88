// errorcheck

// Map literal and map operation mistakes.

package main

func main() {
	_ = map[string]int{"a"} // ERROR "missing key in map literal"
	_ = map[string]int{1: 1} // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	m := map[string]int{}
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	_ = map[func()]int{} // ERROR "invalid map key type func\(\)"
	v, ok, extra := m["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _ = v, ok, extra
}
