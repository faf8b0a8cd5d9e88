//go:build ignore

package main

// Excluded by its build constraint: this error must not be reported.
var broken int = "not an int"
