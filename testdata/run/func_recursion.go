// Recursion: factorial, fibonacci, mutual recursion, Ackermann, deep
// recursion (goroutine stacks grow), recursive closures and types.
package main

import "fmt"

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ack(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + 1
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func main() {
	fmt.Println(fact(20), fact(21))
	fmt.Println(fib(25))
	fmt.Println(isEven(100), isOdd(7))
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(depth(10000))
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	root.Walk(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	var hanoi func(n int, from, to, via string) int
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		return hanoi(n-1, from, via, to) + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(10, "A", "C", "B"))
}
