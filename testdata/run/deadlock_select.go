// An empty select blocks forever; with no other goroutines that is a
// deadlock.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine finished")
		done <- true
	}()
	<-done
	select {}
}
