// Unrecovered panic with a string: deferred functions of all frames run
// first (innermost first), then `panic: msg` and exit code 2.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner deferred")
	panic("something bad happened")
}

func main() {
	defer fmt.Println("main deferred")
	defer func() {
		fmt.Println("main deferred closure, recover not called")
	}()
	fmt.Println("start")
	inner()
}
