// Dense matrix multiply, C = A x B for N x N float64 matrices, rows of C split among one
// goroutine per processor; B is transposed first so the inner loop walks memory in order.
// Prints the trace of C. Usage: matmul N.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func matrix(n int, seed float64) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = seed * float64(i-j) * float64(i+j) / float64(n)
		}
	}
	return m
}

func transpose(m [][]float64) [][]float64 {
	n := len(m)
	t := make([][]float64, n)
	for i := range t {
		t[i] = make([]float64, n)
		for j := range t[i] {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func multiply(a, b [][]float64) [][]float64 {
	n := len(a)
	bt := transpose(b)
	c := make([][]float64, n)
	workers := runtime.NumCPU()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(first int) {
			defer wg.Done()
			for i := first; i < n; i += workers {
				row := make([]float64, n)
				ai := a[i]
				for j := 0; j < n; j++ {
					bj := bt[j]
					sum := 0.0
					for k := 0; k < n; k++ {
						sum += ai[k] * bj[k]
					}
					row[j] = sum
				}
				c[i] = row
			}
		}(w)
	}
	wg.Wait()
	return c
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := matrix(n, 1.0)
	b := matrix(n, 2.0)
	c := multiply(a, b)
	trace := 0.0
	for i := 0; i < n; i++ {
		trace += c[i][i]
	}
	fmt.Printf("n=%d trace=%.6e\n", n, trace)
}
