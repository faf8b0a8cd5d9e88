// Operands, call arguments, composite literal elements and assignment
// right-hand sides are evaluated left to right (function calls, method
// calls and channel operations in lexical order).
package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func flush(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func three(a, b, c int) int { return a + b + c }

type S struct{ A, B, C int }

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	flush("binary:")
	_ = three(t("x", 1), t("y", 2), t("z", 3))
	flush("args:")
	_ = []int{t("e0", 0), t("e1", 1), t("e2", 2)}
	flush("slice lit:")
	_ = S{C: t("C", 3), A: t("A", 1), B: t("B", 2)}
	flush("struct lit (source order):")
	_ = map[int]int{t("k1", 1): t("v1", 1), t("k2", 2): t("v2", 2)}
	flush("map lit:")
	x, y := t("r1", 1), t("r2", 2)
	flush("multi assign:")
	arr := []int{0, 0, 0}
	arr[t("idx", 1)] = t("val", 5)
	flush("index assign:")
	fmt.Println(x, y, arr)
	_ = t("l", 1) < t("r", 2) && t("and-rhs", 1) > 0 || t("or-rhs", 1) > 0
	flush("short-circuit:")
	f := func() func(int) int {
		trace = append(trace, "fn")
		return func(int) int { return 0 }
	}
	f()(t("arg", 1))
	flush("function value then args:")
	m := map[string]int{}
	m[fmt.Sprint(t("key", 1))] += t("inc", 2)
	flush("op-assign:")
	ch := make(chan int, 2)
	ch <- t("send", 7)
	_ = t("before recv", 0) + <-ch + t("after recv", 0)
	flush("channel:")
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9 // index evaluated before assignments happen
	fmt.Println(i, s)
	defer flush("deferred:")
	defer fmt.Println("deferred args evaluated:", t("darg", 1))
}
