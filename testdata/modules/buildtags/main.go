// Build constraints and file-name suffixes choose the files of a package:
// every file below that is not for linux/amd64 redeclares `which` or does
// not compile, so building it would fail.
package main

import (
	"fmt"

	"example.com/buildtags/plat"
)

func main() {
	fmt.Println(which, plat.Name(), plat.Arch())
	fmt.Println(extra)
}
