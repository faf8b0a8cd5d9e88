// A panic inside a deferred call during another panic, unrecovered: both
// are printed, the earlier one first.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred 1 runs")
	}()
	defer func() {
		panic("panic in defer")
	}()
	panic("original panic")
}
