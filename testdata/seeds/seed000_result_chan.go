// The channel snippet of seed 000 as a complete program. In the seed,
// resultChan is only declared (a nil channel: the send would block
// forever), so here it is made with a buffer of one before the send.
package main

import "fmt"

func main() {
	//resultChan 是一个 int 类型的 channel。类似一个信封，里面放的是 int 类型的值。
	var resultChan chan int
	resultChan = make(chan int, 1)
	//将 123 放到这个信封里面，供别人从信封中取用
	resultChan <- 123
	//从 resultChan 中取值。这个时候 result := 123
	result := <-resultChan
	fmt.Println(result)
}
