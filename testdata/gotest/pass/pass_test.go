package pass

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAdd(t *testing.T) {
	if got := Add(2, 3); got != 5 {
		t.Errorf("Add(2, 3) = %d, want 5", got)
	}
	t.Log("added")
	t.Logf("%d+%d", 2, 3)
}

func TestSubtests(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b int
		want int
	}{{"zero", 0, 0, 0}, {"one", 1, 0, 1}, {"neg", -1, -2, -3}} {
		tc := tc
		t.Run(tc.name, func(t *testing.T) {
			if got := Add(tc.a, tc.b); got != tc.want {
				t.Fatalf("got %d", got)
			}
			t.Log(t.Name())
		})
	}
}

func TestSkip(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	t.Skipf("skipped %s", "always")
}

func TestCleanupTempDirSetenv(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOCXX_TEST_ENV", "set")
	if os.Getenv("GOCXX_TEST_ENV") != "set" {
		t.Error("Setenv did not set")
	}
	t.Cleanup(func() { t.Log("cleanup 1") })
	t.Cleanup(func() { t.Log("cleanup 2") })
}

// One parallel test and one parallel subtest: with more, the order of their
// "=== CONT" lines depends on the scheduler.
func TestParallel(t *testing.T) {
	t.Parallel()
	t.Run("a", func(t *testing.T) {
		t.Parallel()
		t.Log("in parallel")
	})
}

func TestDeadlineAndFailed(t *testing.T) {
	if _, ok := t.Deadline(); !ok {
		t.Error("no deadline under go test's default -timeout")
	}
	if t.Failed() {
		t.Error("failed too early")
	}
}
