// The channel snippet of seed 000 exactly as written: resultChan is only
// declared, so it is a nil channel and the send blocks forever. Go reports
// the deadlock (exit status 2); so must gocxx.
package main

import "fmt"

func main() {
	//resultChan 是一个 int 类型的 channel。类似一个信封，里面放的是 int 类型的值。
	var resultChan chan int
	//将 123 放到这个信封里面，供别人从信封中取用
	resultChan <- 123
	//从 resultChan 中取值。这个时候 result := 123
	result := <-resultChan
	fmt.Println(result)
}
