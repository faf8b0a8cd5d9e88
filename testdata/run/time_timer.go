// time.NewTimer: fires once; Stop reports whether it prevented the firing;
// Reset re-arms it. time.AfterFunc runs a function in its own goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	t1 := time.NewTimer(100 * time.Millisecond)
	<-t1.C
	fmt.Println("timer 1 fired")
	fmt.Println("stop after fire:", t1.Stop())

	t2 := time.NewTimer(300 * time.Millisecond)
	go func() {
		<-t2.C
		fmt.Println("timer 2 fired (unexpected)")
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stop before fire:", t2.Stop())

	t3 := time.NewTimer(time.Hour)
	t3.Stop()
	t3.Reset(100 * time.Millisecond)
	<-t3.C
	fmt.Println("timer 3 fired after Reset")

	t4 := time.NewTimer(400 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	t4.Reset(50 * time.Millisecond) // earlier than originally scheduled
	select {
	case <-t4.C:
		fmt.Println("timer 4 fired early after Reset")
	case <-time.After(200 * time.Millisecond):
		fmt.Println("timer 4 too late")
	}

	done := make(chan bool)
	time.AfterFunc(100*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		done <- true
	})
	fmt.Println("waiting for AfterFunc")
	<-done
	af := time.AfterFunc(100*time.Millisecond, func() { fmt.Println("cancelled AfterFunc ran (unexpected)") })
	fmt.Println("stop AfterFunc:", af.Stop())
	time.Sleep(200 * time.Millisecond)
	fmt.Println("end")
}
