// Sending on a closed channel panics (unrecovered).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	v, ok := <-ch
	fmt.Println("receive from closed:", v, ok)
	ch <- 1
}
