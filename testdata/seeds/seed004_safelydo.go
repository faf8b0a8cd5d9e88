// The recover example of seed 004 (server / safelyDo) made runnable: a
// server starts a goroutine per work item; items whose `do` panics are
// logged and the other goroutines are unaffected. Work items sleep 100 ms
// apart so the log order is fixed; the log goes to stdout without
// timestamps.
package main

import (
	"fmt"
	"log"
	"os"
	"sync"
	"time"
)

type Work struct {
	ID      int
	Divisor int
	Name    string
}

var wg sync.WaitGroup

func do(work *Work) {
	defer wg.Done()
	time.Sleep(time.Duration(work.ID) * 100 * time.Millisecond)
	if work.Name == "" {
		panic("work has no name")
	}
	result := 100 / work.Divisor // panics with a runtime error for 0
	log.Printf("work %d (%s) done: %d", work.ID, work.Name, result)
}

func server(workChan <-chan *Work) {
	for work := range workChan {
		go safelyDo(work) // start the goroutine for that work
	}
}

func safelyDo(work *Work) {
	defer func() {
		if err := recover(); err != nil {
			log.Printf("Work failed with %s in %v", err, work)
		}
	}()
	do(work)
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	items := []*Work{
		{1, 5, "five"},
		{2, 0, "zero"},
		{3, 4, ""},
		{4, 3, "three"},
	}
	workChan := make(chan *Work, len(items))
	for _, w := range items {
		wg.Add(1)
		workChan <- w
	}
	close(workChan)
	server(workChan)
	wg.Wait()
	fmt.Println("server survived all failures")
}
