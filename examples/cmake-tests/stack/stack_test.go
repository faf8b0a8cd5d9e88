package stack

import (
	"fmt"
	"testing"
)

func TestPushPop(t *testing.T) {
	var s Stack
	s.Push(1)
	s.Push(2)
	if v, ok := s.Pop(); !ok || v != 2 {
		t.Fatalf("Pop() = %d, %v; want 2, true", v, ok)
	}
	if s.Len() != 1 {
		t.Errorf("Len() = %d; want 1", s.Len())
	}
}

func TestEmpty(t *testing.T) {
	var s Stack
	if _, ok := s.Pop(); ok {
		t.Error("Pop on an empty stack succeeded")
	}
}

func ExampleStack() {
	var s Stack
	for i := 1; i <= 3; i++ {
		s.Push(i)
	}
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Output: 3 2 1
}
