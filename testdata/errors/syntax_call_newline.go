// errorcheck

// A call whose closing parenthesis is missing at the end of the line.

package main

import "fmt"

func main() {
	fmt.Println("a", "b" // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	fmt.Println("c")
}
