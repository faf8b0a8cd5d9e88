// errorcheck

// range over values that cannot be ranged over, or with too many variables.

package main

func main() {
	x := 5
	for range x { // ERROR "cannot range over x \(variable of type int\)"
	}
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	var p *[]int
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)"
	}
	f := func() {}
	for range f { // ERROR "cannot range over f \(variable of type func\(\)\)"
	}
	for range nil { // ERROR "cannot range over nil"
	}
}
