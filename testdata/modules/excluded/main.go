// Every file of p is for another system.
package main

import "example.com/excluded/p"

func main() { p.F() }
