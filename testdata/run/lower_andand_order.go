// The right operand of && and || runs only when needed, including the
// temporaries that order the calls inside it. From Go's
// test/fixedbugs/issue26495.go.
package main

import "fmt"

var i int

func check(order int) {
	if i != order {
		panic(fmt.Sprint("wrong evaluation order: got ", i, ", want ", order))
	}
	i++
}

func A() bool              { check(1); return true }
func B() bool              { check(2); return true }
func C() bool              { check(5); return false }
func D() bool              { panic("D should not be called") }
func E() int               { check(3); return 0 }
func F() int               { check(0); return 0 }
func G(bool) int           { check(9); return 0 }
func H(int, bool, int) int { check(7); return 0 }
func I(int) bool           { check(8); return true }
func J() int               { check(4); return 0 }
func K() int               { check(6); return 0 }
func L() int               { check(10); return 0 }

func say(s string, v bool) bool { fmt.Println(s); return v }

func num(s string, v int) int { fmt.Println(s); return v }

func main() {
	_ = F() + G(A() && B() && I(E()+H(J(), C() && D(), K()))) + L()
	fmt.Println("order ok:", i)
	if say("a", false) && num("b", 1)+num("c", 2) == 3 {
		fmt.Println("unreachable")
	}
	c := make(chan int, 1)
	c <- 1
	fmt.Println(say("d", true) || <-c == 1, len(c))
}
