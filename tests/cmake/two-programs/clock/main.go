// Ticks on a timer, reports on stderr and exits with status 3: the golden
// test checks all three streams, on the virtual clock (GOCXX_FAKETIME).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	start := time.Now()
	for i := 1; i <= 3; i++ {
		<-t.C
		fmt.Println("tick", i, time.Since(start).Round(100*time.Millisecond))
	}
	fmt.Fprintln(os.Stderr, "done")
	os.Exit(3)
}
