// A goroutine per greeting, results gathered over a channel in order.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

func greet(name string, delay time.Duration, out chan<- string) {
	time.Sleep(delay)
	out <- fmt.Sprintf("hello, %s", name)
}

func main() {
	names := []string{"world"}
	names = append(names, os.Args[1:]...)
	chans := make([]chan string, len(names))
	for i, n := range names {
		chans[i] = make(chan string, 1)
		go greet(n, time.Duration(len(names)-i)*time.Second, chans[i])
	}
	start := time.Now()
	for _, c := range chans {
		fmt.Println(<-c)
	}
	fmt.Println(strings.Repeat("-", 10), time.Since(start).Round(time.Second))
}
