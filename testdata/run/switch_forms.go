// Switch forms: with init statement, tagless, multiple values, no
// automatic fallthrough, default anywhere, evaluation order of cases.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	case score < 0:
		return "invalid"
	}
}

func trace(v int) int {
	fmt.Print("eval ", v, "; ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 50, -1} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 3, 5, 7:
		fmt.Println("odd", x)
	case 2, 4, 6:
		fmt.Println("even", x)
	}
	// Cases are evaluated top-to-bottom, left-to-right, until a match.
	switch trace(3) {
	case trace(1), trace(2):
		fmt.Println("no")
	case trace(3), trace(4):
		fmt.Println("matched")
	case trace(5):
		fmt.Println("no")
	}
	// switch on types with no tag expression value
	switch {
	}
	var s string
	switch s {
	case "":
		fmt.Println("empty string")
	}
	// Switch on a bool expression
	switch x := 10; x > 5 {
	case true:
		fmt.Println("big")
	case false:
		fmt.Println("small")
	}
	// Default first, still chosen last.
	switch 2 {
	default:
		fmt.Println("default")
	case 2:
		fmt.Println("two")
	}
	// Untyped constant tags take their default type.
	switch 'a' {
	case 97:
		fmt.Println("rune 97")
	}
	// break inside a case.
	for i := 0; i < 2; i++ {
		switch {
		case i == 0:
			if true {
				break
			}
			fmt.Println("not printed")
		default:
			fmt.Println("i is", i)
		}
	}
}
