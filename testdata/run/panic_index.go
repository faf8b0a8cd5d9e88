// Unrecovered index out of range: deferred calls run, then the panic
// message goes to stderr and the exit code is 2.
package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	defer fmt.Println("deferred in main runs before the crash")
	s := []int{10, 20, 30}
	fmt.Println(get(s, 1))
	fmt.Println(get(s, 3))
	fmt.Println("not reached")
}
