package pass

import "testing"

// Built on windows only (file name suffix): go test on linux leaves it out.
func TestWindowsOnly(t *testing.T) {
	t.Fatal("built on linux")
}
