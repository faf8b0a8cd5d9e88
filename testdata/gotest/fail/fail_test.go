package fail

import (
	"fmt"
	"testing"
)

func TestPasses(t *testing.T) {
	if Double(2) != 4 {
		t.Error("Double(2) != 4")
	}
}

func TestErrorf(t *testing.T) {
	if got := Double(-1); got != -2 {
		t.Errorf("Double(-1) = %d, want %d", got, -2)
	}
	t.Log("still running after Errorf")
}

func TestFatal(t *testing.T) {
	t.Fatal("stop here")
	t.Log("not reached")
}

func checkDouble(t *testing.T, x, want int) {
	t.Helper()
	if got := Double(x); got != want {
		t.Errorf("Double(%d) = %d, want %d", x, got, want)
	}
}

func TestHelper(t *testing.T) {
	checkDouble(t, 1, 2)
	checkDouble(t, -3, -6)
}

func TestSubtestFails(t *testing.T) {
	t.Run("ok", func(t *testing.T) {})
	t.Run("bad", func(t *testing.T) {
		t.Fatalf("multi\nline %s", "message")
	})
	t.Run("skipped", func(t *testing.T) { t.SkipNow() })
}

func ExampleDouble() {
	fmt.Println(Double(-2))
	// Output: -4
}

func outerHelper(t *testing.T, x, want int) {
	t.Helper()
	checkDouble(t, x, want)
}

func notAHelper(t *testing.T) {
	checkDouble(t, -4, -8)
}

// Nested helpers report the first caller that is not one; a function that did
// not call t.Helper is reported itself.
func TestNestedHelpers(t *testing.T) {
	outerHelper(t, -5, -10)
	notAHelper(t)
	t.Run("sub", func(t *testing.T) {
		outerHelper(t, -6, -12)
	})
}
