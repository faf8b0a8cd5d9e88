// runtime.Goexit in main: deferred calls run, other goroutines finish, then
// Go reports "no goroutines (main called runtime.Goexit) - deadlock!".
package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(done chan bool) {
	defer fmt.Println("worker deferred")
	defer func() { fmt.Println("recover:", recover()) }()
	func() {
		runtime.Goexit()
	}()
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go worker(done)
	time.Sleep(10 * time.Millisecond)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
