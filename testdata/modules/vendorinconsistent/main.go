// vendor/modules.txt does not mark the requirement explicit: the go
// command refuses to build from an inconsistent vendor/.
package main

import (
	"fmt"

	"example.com/vend/color"
)

func main() { fmt.Println(color.RGB{R: 255, G: 128, B: 1}) }
