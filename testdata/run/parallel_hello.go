// A program without goroutines of its own: with several workers idling beside the main
// goroutine it must never be reported as deadlocked (tests/lit/cli/parallel-no-spurious-deadlock.test
// runs it thousands of times).
package main

import "fmt"

func main() { fmt.Println("hi") }
