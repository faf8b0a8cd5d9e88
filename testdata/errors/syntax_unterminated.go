// errorcheck

// A raw string literal that is never closed runs to the end of the file;
// gc reports it at its start.

package main

import "fmt"

func main() {
	fmt.Println("before")
	s := `never closed // ERROR "string not terminated"
	fmt.Println(s)
}
