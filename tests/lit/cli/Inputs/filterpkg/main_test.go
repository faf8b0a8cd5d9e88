package main

// go build ignores _test.go files: this error must not be reported.
var broken int = "not an int"
