// errorcheck
// gocxx: generics are not supported yet

// Generic types and their methods: valid Go 1.19, rejected by gocxx at the
// type declaration and at each method whose receiver declares type
// parameters; instantiations are not reported again.

package main

import "fmt"

type Stack[T any] struct { // ERROR "generics are not supported yet"
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) } // ERROR "generics are not supported yet"

func (s *Stack[T]) Pop() (T, bool) { // ERROR "generics are not supported yet"
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct { // ERROR "generics are not supported yet"
	Key K
	Val V
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, Pair[string, int]{"k", 1})
}
