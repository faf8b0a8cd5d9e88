// Two goroutines wait on a channel while main waits: with an argument main waits on a nil
// channel (a deadlock), without one it sleeps after printing "ready" (for SIGQUIT).
// tests/lit/cli/goroutine-dump.test checks that both reports list every goroutine.
package main

import (
	"fmt"
	"os"
	"time"
)

func worker(ch chan int) { <-ch }

func main() {
	ch := make(chan int)
	go worker(ch)
	go worker(ch)
	time.Sleep(10 * time.Millisecond) // both workers are parked before the report
	if len(os.Args) > 1 {
		var nilch chan bool
		<-nilch
	}
	fmt.Println("ready")
	time.Sleep(time.Hour)
}
