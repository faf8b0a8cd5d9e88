// mandelbrot (Benchmarks Game task): the Mandelbrot set on [-1.5,0.5]x[-1,1] as an N x N
// portable bitmap (P4), 50 iterations, escape at |z| > 2; rows computed by one goroutine per
// processor, as the Go entries do. Usage: mandelbrot N.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

const iterations = 50

func row(y, n int, out []byte) {
	ci := 2*float64(y)/float64(n) - 1
	for xb := 0; xb < (n+7)/8; xb++ {
		bits := byte(0)
		for k := 0; k < 8; k++ {
			x := xb*8 + k
			bits <<= 1
			if x >= n {
				continue
			}
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi := 0.0, 0.0
			inside := true
			for i := 0; i < iterations; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
				if zr*zr+zi*zi > 4 {
					inside = false
					break
				}
			}
			if inside {
				bits |= 1
			}
		}
		out[xb] = bits
	}
}

func main() {
	n := 200
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	rowBytes := (n + 7) / 8
	image := make([]byte, n*rowBytes)
	workers := runtime.NumCPU()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(first int) {
			defer wg.Done()
			for y := first; y < n; y += workers {
				row(y, n, image[y*rowBytes:(y+1)*rowBytes])
			}
		}(w)
	}
	wg.Wait()
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(out, "P4\n%d %d\n", n, n)
	out.Write(image)
	out.Flush()
}
