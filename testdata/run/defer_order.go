// Deferred calls run in LIFO order when the function returns, after the
// return values are set; each function has its own defer stack.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer 1")
	defer fmt.Println("inner defer 2")
	fmt.Println("inner body")
}

func early(n int) string {
	defer fmt.Println("early: deferred runs on every return path", n)
	if n > 0 {
		return "positive"
	}
	return "non-positive"
}

func main() {
	defer fmt.Println("main defer 1")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	inner()
	fmt.Println(early(1))
	fmt.Println(early(0))
	func() {
		defer fmt.Println("literal defer")
		fmt.Println("literal body")
	}()
	defer func() {
		fmt.Println("closure defer")
	}()
	fmt.Println("main body end")
}
