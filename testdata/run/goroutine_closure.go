// go func(){...}() with captured variables, a done channel, and results
// gathered by index.
package main

import "fmt"

func main() {
	done := make(chan bool)
	msg := "hello"
	go func() {
		fmt.Println("goroutine says", msg)
		msg = "changed by goroutine"
		done <- true
	}()
	<-done
	fmt.Println(msg)
	n := 5
	squares := make([]int, n)
	finished := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			squares[i] = i * i
			finished <- i
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-finished
	}
	fmt.Println(squares, sum)
	// Goroutines started from goroutines.
	res := make(chan string)
	go func() {
		inner := make(chan string)
		go func() { inner <- "from grandchild" }()
		res <- "child relays: " + <-inner
	}()
	fmt.Println(<-res)
	// Recover inside a goroutine keeps the program alive.
	ok := make(chan string)
	go func() {
		defer func() {
			ok <- fmt.Sprint("goroutine recovered: ", recover())
		}()
		var arr []int
		arr[1] = 0
	}()
	fmt.Println(<-ok)
}
