package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred runs")
	log.SetFlags(0)
	log.Panic("bad ", "thing ", 42)
}
