// sprintf: fmt.Sprintf("%d %s %v", ...) in a loop, the formatting path every Go program
// prints through. The checksum keeps the results alive and proves both sides agree.
package main

import "fmt"

type point struct{ X, Y int }

func main() {
	names := []string{"alpha", "beta", "gamma", "delta"}
	total := 0
	for i := 0; i < 2000000; i++ {
		s := fmt.Sprintf("%d %s %v", i, names[i&3], float64(i)/8)
		total += len(s)
	}
	for i := 0; i < 500000; i++ {
		s := fmt.Sprintf("%v %+v %x %q", point{i, -i}, &point{1, i}, i, names[i&3])
		total += len(s)
	}
	fmt.Println("sprintf", total)
}
