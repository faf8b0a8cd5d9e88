// Prints "ready", then sleeps (timers keep it from being a deadlock) and prints "done":
// tests/lit/cli/signals.test sends it signals in between.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	fmt.Println("ready")
	time.Sleep(500 * time.Millisecond)
	fmt.Println("done")
	if len(os.Args) > 1 {
		for {
			fmt.Println("flood") // stdout is a closed pipe: SIGPIPE ends the program
		}
	}
}
