// a imports b, which imports a.
package main

import "example.com/cycle/a"

func main() { a.F() }
