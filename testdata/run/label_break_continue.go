// Labeled break and continue across nested loops, and break inside
// switch/select within a loop.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	// break inside a switch only leaves the switch.
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()
	// A labeled break leaves the loop from inside a switch.
loop:
	for i := 0; ; i++ {
		switch {
		case i > 2:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// break inside select leaves the select.
	ch := make(chan int, 1)
	n := 0
	for n < 3 {
		ch <- n
		select {
		case v := <-ch:
			n++
			if v == 1 {
				break
			}
			fmt.Print("got ", v, " ")
		}
	}
	fmt.Println()
	// Labeled continue in a range loop.
	words := []string{"apple", "bob", "kayak", "go"}
rows:
	for _, w := range words {
		for k := 0; k < len(w)/2; k++ {
			if w[k] != w[len(w)-1-k] {
				continue rows
			}
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	// A labeled block can be left with break only via a loop label; use
	// a labeled for that runs once.
once:
	for {
		for {
			break once
		}
	}
	fmt.Println("done")
}
