// Package stack is a LIFO of ints, with tests and an example (stack_test.go).
package stack

// Stack is a last-in, first-out stack; the zero value is empty.
type Stack struct{ items []int }

// Push adds v on top.
func (s *Stack) Push(v int) { s.items = append(s.items, v) }

// Pop removes and returns the top, and false when the stack is empty.
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

// Len is the number of items.
func (s *Stack) Len() int { return len(s.items) }
