// errorcheck

// Misuse of send-only and receive-only channels.

package main

func producer(out chan<- int) {
	<-out // ERROR "invalid operation: cannot receive from send-only channel out \(variable of type chan<- int\)"
	for range out { // ERROR "cannot range over out \(variable of type chan<- int\) \(receive from send-only channel\)"
	}
}

func consumer(in <-chan int) {
	in <- 1 // ERROR "invalid operation: cannot send to receive-only channel in \(variable of type <-chan int\)"
	close(in) // ERROR "invalid operation: cannot close receive-only channel in \(variable of type <-chan int\)"
}

func main() {
	c := make(chan int)
	var ro <-chan int = c
	var so chan<- int = c
	var back chan int = ro // ERROR "cannot use ro \(variable of type <-chan int\) as type chan int in variable declaration"
	_ = so
	_ = back
	x := 5
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
}
