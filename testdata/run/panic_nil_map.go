// Unrecovered write to a nil map.
package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func main() {
	var r Registry
	fmt.Println("lookup on nil map:", r.entries["x"])
	r.entries["x"] = 1
	fmt.Println("not reached")
}
