// panic(nil) under Go 1.19: recover returns nil, so the usual
// `if r := recover(); r != nil` test cannot see it; unrecovered, gc
// prints `panic: nil`.
package main

import "fmt"

func swallow() (recovered bool) {
	defer func() {
		r := recover()
		fmt.Println("recover() returned", r, r == nil)
		recovered = true
	}()
	panic(nil)
}

func main() {
	fmt.Println("swallow:", swallow())
	defer fmt.Println("deferred in main runs")
	var err error
	panic(err)
}
