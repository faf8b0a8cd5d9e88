// fallthrough transfers control to the next clause's body without
// evaluating its case expression.
package main

import "fmt"

func f(n int) {
	fmt.Print(n, ": ")
	switch {
	case n > 10:
		fmt.Print(">10 ")
		fallthrough
	case n > 5:
		fmt.Print(">5 ")
		fallthrough
	case n > 100:
		fmt.Print("(fell into >100) ")
	case n > 0:
		fmt.Print(">0 ")
		fallthrough
	default:
		fmt.Print("default ")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{20, 7, 3, -1} {
		f(n)
	}
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two")
		fallthrough
	default:
		fmt.Println("default")
	case 3:
		fmt.Println("three")
	}
}
