// Two files declare a local type item at the same line and column.
package main

import "fmt"

func main() { fmt.Printf("%v %v %T %T\n", first(), second(), first(), second()) }
