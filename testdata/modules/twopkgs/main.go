// Two packages of one module and an internal package: main imports util,
// util imports internal/store (allowed: same tree).
package main

import (
	"fmt"

	"example.com/twopkgs/util"
)

func main() {
	fmt.Println(util.Describe("gopher"))
	fmt.Println(util.Count())
}
