// select: a blocking select over several channels, and a non-blocking one
// with default (which does not make its function a coroutine).
package main

import (
	"fmt"
	"time"
)

func poll(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 1)
	quit := make(chan bool)
	fmt.Println(poll(c))
	go func() {
		c <- 42
		time.Sleep(10 * time.Millisecond)
		close(quit)
	}()
	for {
		select {
		case v := <-c:
			fmt.Println("got", v)
		case <-quit:
			fmt.Println("quit")
			return
		case <-time.After(time.Second):
			fmt.Println("timeout")
		}
	}
}

// CHECK: std::tuple<int64_t, bool> poll(gocxx::Chan<int64_t> c);
// CHECK: gocxx::Task<> main_();
