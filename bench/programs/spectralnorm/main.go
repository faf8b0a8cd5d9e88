// spectral-norm (Benchmarks Game task): the spectral norm of the infinite matrix
// A(i,j) = 1/((i+j)(i+j+1)/2+i+1) by 10 power iterations of A^T A on an n-vector.
// Usage: spectralnorm N.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func timesVec(v, out []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += a(i, j) * x
		}
		out[i] = sum
	}
}

func timesTransposedVec(v, out []float64) {
	for i := range out {
		sum := 0.0
		for j, x := range v {
			sum += a(j, i) * x
		}
		out[i] = sum
	}
}

func aTimesTransp(v, out, tmp []float64) {
	timesVec(v, tmp)
	timesTransposedVec(tmp, out)
}

func main() {
	n := 100
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		aTimesTransp(u, v, tmp)
		aTimesTransp(v, u, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
