// os.Exit terminates immediately with the given code; deferred calls do
// not run. Output written before is kept.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr before exit")
	os.Exit(3)
}
