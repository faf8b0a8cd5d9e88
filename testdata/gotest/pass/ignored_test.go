//go:build ignore

package pass

import "testing"

// Never built (//go:build ignore).
func TestIgnored(t *testing.T) {
	undefinedFunction()
}
