// A select loop serving several channels; the program is arranged so that
// exactly one case is ready at a time, so the output is deterministic.
package main

import "fmt"

func main() {
	requests := make(chan int)
	replies := make(chan int)
	quit := make(chan bool)
	go func() {
		for {
			select {
			case n := <-requests:
				replies <- n * n
			case <-quit:
				fmt.Println("server quitting")
				quit <- true
				return
			}
		}
	}()
	for i := 1; i <= 4; i++ {
		requests <- i
		fmt.Println(i, "squared is", <-replies)
	}
	quit <- true
	<-quit
	// select with send and receive cases on different channels.
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 5
	for step := 0; step < 4; step++ {
		select {
		case v := <-in:
			fmt.Println("step", step, "received", v)
			out <- v + 1
		case v := <-out:
			fmt.Println("step", step, "forwarding", v)
			if v < 7 {
				in <- v
			}
		}
	}
}
