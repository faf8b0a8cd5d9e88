// Unrecovered panics with values of named basic types print as
// `main.T(value)`; error and Stringer values print their text.
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(42))
	}()
	panic(Code(7))
}
