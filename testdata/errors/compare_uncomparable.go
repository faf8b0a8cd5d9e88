// errorcheck

// Comparisons of values whose types are not comparable.

package main

type WithSlice struct{ S []int }

func main() {
	a, b := []int{1}, []int{1}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m1, m2 := map[int]int{}, map[int]int{}
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)"
	f := func() {}
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	w1, w2 := WithSlice{}, WithSlice{}
	_ = w1 == w2 // ERROR "invalid operation: w1 == w2 \(struct containing \[\]int cannot be compared\)"
	_ = map[[]int]bool{} // ERROR "invalid map key type \[\]int"
	_ = a < b // ERROR "invalid operation: a < b \(operator < not defined on slice\)"
	_ = a == nil // fine
	var p1, p2 *int
	_ = p1 < p2 // ERROR "invalid operation: p1 < p2 \(operator < not defined on pointer\)"
}
