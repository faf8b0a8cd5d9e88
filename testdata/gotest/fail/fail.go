// Package fail is tested by failing tests (gocxx test golden).
package fail

// Double returns 2*x, wrongly for negative x.
func Double(x int) int {
	if x < 0 {
		return x
	}
	return 2 * x
}
