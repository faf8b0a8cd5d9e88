// Sparse composite literals: a few keyed elements of a long slice or array.
// The translation must not spell out every zero element.
package main

import "fmt"

type point struct{ x, y int }

var table = [1000]int{3: 1, 999: 2}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// A literal in a function that blocks (a coroutine in C++).
func send(c chan []string) {
	c <- []string{500: "last", 7: "seventh"}
}

func main() {
	s := []int{100000: 7, 5: 1}
	fmt.Println(len(s), cap(s), s[5], s[100000], sum(s))
	fmt.Println(len(table), table[3], table[999], sum(table[:]))
	ps := []point{200: {1, 2}}
	fmt.Println(len(ps), ps[200], ps[0])
	c := make(chan []string)
	go send(c)
	strs := <-c
	fmt.Println(len(strs), strs[7], strs[500], strs[0] == "")
	dense := []int{1, 2, 3, 9: 10}
	fmt.Println(len(dense), dense)
}
