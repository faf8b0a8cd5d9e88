// An import no module provides.
package main

import (
	"fmt"

	"example.com/nowhere/pkg"
)

func main() { fmt.Println(pkg.X) }
