package main_test

// An external test package: ignored by go build.
var broken int = "not an int"
