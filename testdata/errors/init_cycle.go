// errorcheck

// Initialization cycles among package-level variables and functions.

package main

var a = b + 1 // ERROR "initialization loop for a"
var b = a + 1

var x = f() // ERROR "initialization loop for x"

func f() int { return x }

func main() {}
