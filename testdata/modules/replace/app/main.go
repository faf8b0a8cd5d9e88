// A module required through a replace directive to a sibling directory.
package main

import (
	"fmt"

	"example.com/lib"
	"example.com/lib/sub"
)

func main() {
	fmt.Println(lib.Name(), sub.Twice(21))
}
