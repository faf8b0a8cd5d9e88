// A String method of an unrecovered panic value panics with a non-string
// value: Go names its type in the fatal error.
package main

type inner struct{ code int }

type label struct{}

func (label) String() string { panic(inner{3}) }

func main() { panic(label{}) }
