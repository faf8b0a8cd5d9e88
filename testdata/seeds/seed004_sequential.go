// Seed 004's first example with the go keywords removed, as the seed asks
// the reader to do: the calls run one after the other on the main
// goroutine (the seed lists the expected output; the sleeps add up to 17 s,
// which fake time makes instant in the test suite).
package main

import (
	"fmt"
	"time"
)

func longWait() {
	fmt.Println("Beginning longWait()")
	time.Sleep(5 * 1e9) // sleep for 5 seconds
	fmt.Println("End of longWait()")
}

func shortWait() {
	fmt.Println("Beginning shortWait()")
	time.Sleep(2 * 1e9) // sleep for 2 seconds
	fmt.Println("End of shortWait()")
}

func main() {
	fmt.Println("In main()")
	longWait()
	shortWait()
	fmt.Println("About to sleep in main()")
	// sleep works with a Duration in nanoseconds (ns) !
	time.Sleep(10 * 1e9)
	fmt.Println("At the end of main()")
}

// In main()
// Beginning longWait()
// End of longWait()
// Beginning shortWait()
// End of shortWait()
// About to sleep in main()
// At the end of main() // after 17 s
