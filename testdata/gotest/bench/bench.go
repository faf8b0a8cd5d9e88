// Package bench has benchmarks (gocxx test golden).
package bench

// Sum adds 1..n.
func Sum(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}
