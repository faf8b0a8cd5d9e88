// A dependency found in vendor/ (vendor/modules.txt makes -mod=vendor the
// default since go 1.14).
package main

import (
	"fmt"

	"example.com/vend/color"
)

func main() { fmt.Println(color.RGB{R: 255, G: 128, B: 1}) }
