// Reads names from standard input and greets them with the arguments, from
// worker goroutines (words.go holds the helpers).
package main

import (
	"bufio"
	"fmt"
	"os"
	"sync"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var names []string
	for sc.Scan() {
		names = append(names, sc.Text())
	}
	results := make([]string, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			results[i] = greeting(n, os.Args[1:])
		}(i, n)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
