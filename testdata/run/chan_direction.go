// Directional channel types: send-only and receive-only parameters, and
// implicit conversion from bidirectional channels.
package main

import "fmt"

func ping(pings chan<- string, msg string) {
	pings <- msg
}

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + " (ponged)"
}

func sink(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func main() {
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)
	c := make(chan int, 10)
	var send chan<- int = c
	var recv <-chan int = c
	for i := 1; i <= 4; i++ {
		send <- i
	}
	close(send)
	fmt.Println(sink(recv))
	fmt.Printf("%T %T %T\n", c, send, recv)
	chs := []chan<- int{make(chan int, 1), make(chan int, 1)}
	for i, ch := range chs {
		ch <- i
	}
	fmt.Println(len(chs[0]), len(chs[1]))
}
