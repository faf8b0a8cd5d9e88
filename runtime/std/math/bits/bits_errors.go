package bits

// Adapted from Go 1.19 src/math/bits/bits_errors_bootstrap.go (no go:linkname in gocxx).

type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

var overflowError = error(errorString("integer overflow"))

var divideError = error(errorString("integer divide by zero"))
