package util

import (
	"strings"

	"example.com/twopkgs/internal/store"
)

// Describe records a name and says how it looks in upper case.
func Describe(name string) string {
	store.Add(name)
	return name + " -> " + strings.ToUpper(name)
}

// Count is the number of names recorded so far.
func Count() int { return store.Len() }
