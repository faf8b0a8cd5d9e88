// Sending on a full buffered channel with no receiver deadlocks.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	fmt.Println("buffer full, len", len(ch))
	ch <- "c"
}
