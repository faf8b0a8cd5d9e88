package filepath

// Adapted from Go 1.19 src/path/filepath/symlink_unix.go.

func evalSymlinks(path string) (string, error) {
	return walkSymlinks(path)
}
