package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	defer fmt.Println("deferred: must not run")
	log.SetFlags(0)
	log.SetPrefix("fatal-test: ")
	log.Print("before")
	fmt.Fprintln(os.Stdout, "stdout line")
	log.Fatalf("giving up: %v", os.ErrNotExist)
	fmt.Println("unreachable")
}
