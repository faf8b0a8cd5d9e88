// time.NewTicker delivers ticks at intervals until stopped; a stopped
// ticker delivers nothing more.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(100 * time.Millisecond)
	done := make(chan bool)
	go func() {
		time.Sleep(350 * time.Millisecond)
		done <- true
	}()
	n := 0
loop:
	for {
		select {
		case <-done:
			break loop
		case <-ticker.C:
			n++
			fmt.Println("tick", n)
		}
	}
	ticker.Stop()
	fmt.Println("stopped after", n, "ticks")
	select {
	case <-ticker.C:
		fmt.Println("unexpected tick")
	case <-time.After(250 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
	t2 := time.NewTicker(60 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-t2.C
		fmt.Println("t2 tick", i)
	}
	t2.Reset(200 * time.Millisecond)
	start := make(chan bool)
	go func() {
		time.Sleep(100 * time.Millisecond)
		fmt.Println("100ms passed, no tick yet")
		start <- true
	}()
	<-start
	<-t2.C
	fmt.Println("tick after Reset")
	t2.Stop()
}
