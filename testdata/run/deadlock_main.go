// Receiving on a channel nobody sends to: all goroutines are asleep.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-ch)
}
