// time.After in select: timeouts versus results that arrive in time.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-slow(50*time.Millisecond, "fast result"):
		fmt.Println("got", v)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case v := <-slow(500*time.Millisecond, "slow result"):
		fmt.Println("got", v)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	timeout := time.After(350 * time.Millisecond)
	tick := 0
	for {
		select {
		case <-timeout:
			fmt.Println("overall timeout after", tick, "steps")
			return
		case <-time.After(100 * time.Millisecond):
			tick++
			fmt.Println("step", tick)
		}
	}
}
