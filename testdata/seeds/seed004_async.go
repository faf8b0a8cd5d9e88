// gocxx:schedule-dependent: after main takes the value, it prints "Done" while the woken goroutine may already run on another worker; Go 1.19 itself printed "asyncService exied." first in 7 of 150 runs at GOMAXPROCS=2 with both cores busy
package main

import (
	"fmt"
	"time"
)

func service() string {
	time.Sleep(time.Millisecond * 50)
	return "Done"
}

func asyncService() chan string {
	retCh := make(chan string)
	// retCh := make(chan string, 1) buffer chan 不会阻塞
	go func() {
		ret := service()
		fmt.Println("asyncService start.")
		retCh <- ret
		fmt.Println("asyncService exied.")
	}()
	return retCh
}

func otherTask() {
	fmt.Println("Working on something else")
	time.Sleep(time.Millisecond * 100)
	fmt.Println("Task is done")
}

func main() {
	retCh := asyncService()
	otherTask()
	fmt.Println(<-retCh)
	time.Sleep(time.Second * 1)
}

/*
➜  Test go run async.go
Working on something else
asyncService start.
Task is done
Done
asyncService exied.
*/
