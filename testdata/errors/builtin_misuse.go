// errorcheck

// Builtins applied to arguments they do not accept.

package main

func main() {
	x := 5
	m := map[string]int{}
	s := []int{1}
	_ = len(x) // ERROR "invalid argument: x \(variable of type int\) for len"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for cap"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = new(5) // ERROR "5 is not a type"
	_ = append(x, 1) // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	close(s) // ERROR "invalid operation: cannot close non-channel s \(variable of type \[\]int\)"
}
