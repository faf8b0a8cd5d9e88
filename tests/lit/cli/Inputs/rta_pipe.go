package main

import (
	"fmt"
	"io"
)

func main() {
	r, w := io.Pipe()
	go func() {
		fmt.Fprintln(w, "through the pipe")
		w.Close()
	}()
	b, _ := io.ReadAll(r)
	fmt.Print(string(b))
}
