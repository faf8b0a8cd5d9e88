package pass_test

import (
	"fmt"

	"example.com/gotest/pass"
)

func ExampleAdd() {
	fmt.Println(pass.Add(1, 2))
	// Output: 3
}

func ExampleWords() {
	for _, w := range pass.Words("b a  c") {
		fmt.Println(w)
	}
	// Unordered output:
	// a
	// c
	// b
}

// An example without an output comment is compiled, not run.
func ExampleWords_noOutput() {
	fmt.Println(pass.Words("x"))
}

func Example_multiline() {
	fmt.Println("line 1")
	fmt.Println("line 2")
	// Output:
	// line 1
	// line 2
}
