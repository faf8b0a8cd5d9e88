// errorcheck

// Types that contain themselves by value.

package main

type T struct { // ERROR "invalid recursive type T"
	next T
}

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

type Arr [2]Arr // ERROR "invalid recursive type Arr"

// Fine: recursion through pointers, slices, maps, funcs.
type List struct {
	next *List
	kids []List
	m    map[string]List
	f    func(List) List
}

func main() {}
