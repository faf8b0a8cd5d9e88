// Package shout is a Go library built by CMake (gocxx_add_library).
package shout

import "strings"

// Shout upper-cases s and adds an exclamation mark.
func Shout(s string) string { return strings.ToUpper(s) + "!" }
