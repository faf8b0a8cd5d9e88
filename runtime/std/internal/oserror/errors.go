// Package oserror defines errors values used in the os package (gocxx standard library subset).
package oserror

// Adapted from Go 1.19 src/internal/oserror/errors.go.

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
