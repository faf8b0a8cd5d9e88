// errorcheck

// A named function declared inside a function body: gc expects a function
// literal, and after recovering it takes the closing brace of main for
// one outside any function.

package main

func main() {
	func inner() {} // ERROR "syntax error: unexpected inner, expecting \("
} // ERROR "syntax error: non-declaration statement outside function body"

func other() {
	var x = 1
	x++ ++ // ERROR "syntax error: unexpected \+\+ at end of statement"
}
