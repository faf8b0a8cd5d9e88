// gocxx:schedule-dependent: main prints "About to sleep" while the goroutines it just started sit in its worker's queue; Go makes a steal by an idle P before that Println unlikely (runqsteal waits ~3us for a runnext), gocxx's steal delay (steal_work) sometimes loses under load: the order flips in roughly 1 of a few hundred runs at GOMAXPROCS=2 (status.md, Part 5 leftovers)
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
	go longWait()
	go shortWait()
	fmt.Println("About to sleep in main()")
	// sleep works with a Duration in nanoseconds (ns) !
	time.Sleep(10 * 1e9)
	fmt.Println("At the end of main()")
}

/*
In main()
About to sleep in main()
Beginning longWait()
Beginning shortWait()
End of shortWait()
End of longWait()
At the end of main() // after 10s
*/
