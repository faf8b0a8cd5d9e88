// An unrecovered panic raised while another is in progress: gc prints
// the chain, marking recovered panics with [recovered].
package main

import "fmt"

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprintf("second after %v", r))
	}()
	panic("first")
}
