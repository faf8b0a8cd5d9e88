package strconv

// Adapted from Go 1.19 src/strconv/bytealg_bootstrap.go.

// index returns the index of the first instance of c in s, or -1 if missing.
func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
