// Package pass is tested by passing tests (gocxx test golden).
package pass

// Add returns a + b.
func Add(a, b int) int { return a + b }

// Words splits s at spaces.
func Words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
	return out
}
