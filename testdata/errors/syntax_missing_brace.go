// errorcheck

// A block that is never closed: gc reports the end of the file, which is
// on the last line because this file deliberately has no final newline.

package main

import "fmt"

func main() {
	fmt.Println("hello")
	if true {
		fmt.Println("unclosed")
	} // ERROR "syntax error: unexpected EOF, expecting \}"